#include "http/api_json.h"

#include "domain/access_policy.h"
#include "domain/projection.h"

namespace tochuc::http {

namespace json = boost::json;

json::object OrgJson(const ReadModel& model, const app::OrgSummary& summary,
                     json::storage_ptr storage) {
  const OrgInfo& info = model.org(summary.org);
  json::object out(std::move(storage));
  out.reserve(12);
  out.emplace("code", info.code);
  out.emplace("name", info.name);
  out.emplace("kind", OrgKindName(info.kind));
  out.emplace("sector", info.sector);
  out.emplace("established_on", info.established_on.ToString());
  out.emplace("life", OrgLifeName(info.life));
  if (info.ended_on) {
    out.emplace("ended_on", info.ended_on->ToString());
  } else {
    out.emplace("ended_on", nullptr);
  }
  if (summary.parent) {
    out.emplace("parent", model.org(*summary.parent).code);
    out.emplace("parent_name", model.org(*summary.parent).name);
  } else {
    out.emplace("parent", nullptr);
    out.emplace("parent_name", nullptr);
  }
  out.emplace("members", summary.members);
  out.emplace("children", summary.children);
  out.emplace("live_children", summary.live_children);
  return out;
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
