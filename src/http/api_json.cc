#include "http/api_json.h"

#include "domain/access_policy.h"
#include "domain/projection.h"

namespace tochuc::http {

namespace json = boost::json;

json::object OrgJson(const ReadModel& model, const app::OrgSummary& summary) {
  const OrgInfo& info = model.org(summary.org);
  return {{"code", info.code},
          {"name", info.name},
          {"kind", OrgKindName(info.kind)},
          {"sector", info.sector},
          {"established_on", info.established_on.ToString()},
          {"life", OrgLifeName(info.life)},
          {"ended_on", info.ended_on ? json::value(info.ended_on->ToString()) : nullptr},
          {"parent", summary.parent ? json::value(model.org(*summary.parent).code) : nullptr},
          {"members", summary.members},
          {"children", summary.children}};
}

json::object MemberListingJson(const ReadModel& model, const app::MemberListing& listing,
                               Role role) {
  const MemberId m = listing.member;
  json::object out{{"member", model.directory.id(m)},
                   {"name", model.directory.name(m)},
                   {"org", model.org(listing.org).code},
                   {"status", MemberStatusName(listing.status)},
                   {"exempted", listing.exempted}};
  if (RoleSees(role, ClassOfPersonField("born_on"))) {
    out["born_on"] = model.members.born_on(m).ToString();
  }
  return out;
}

json::object UserJson(const User& user) {
  return {{"login", user.login},
          {"role", RoleName(user.role)},
          {"org", user.org},
          {"member", user.member.empty() ? json::value(nullptr) : json::value(user.member)},
          {"disabled", user.disabled}};
}

}  // namespace tochuc::http
