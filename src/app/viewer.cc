#include "app/viewer.h"

#include <fmt/format.h>

namespace tochuc::app {

Viewer ResolveViewer(const ReadModel& model, const User& user) {
  Viewer viewer{user, model.FindOrg(user.org), std::nullopt};
  if (user.role == Role::kMember && !user.member.empty()) {
    viewer.member = model.FindMember(user.member);
  }
  return viewer;
}

void RequireAction(const Viewer& viewer, Action action) {
  if (!RoleMay(viewer.user.role, action)) {
    throw Refusal(RefusalKind::kNotAllowed, "",
                  fmt::format("Vai trò {} không được làm việc này", RoleName(viewer.user.role)));
  }
}

bool OrgInScope(const ReadModel& model, const Viewer& viewer, OrgId org) {
  switch (ScopeOf(viewer.user.role)) {
    case Scope::kDeployment: return true;
    case Scope::kOwnRecord: return false;
    case Scope::kSubtree:
      return viewer.org && model.TodayRanks(*viewer.org).Contains(model.today_rank[Index(org)]);
  }
  return false;
}

OrgId CurrentOrgOf(const ReadModel& model, MemberId member) {
  const uint32_t spells = model.members.SpellCount(member);
  return model.members.SpellNumber(member, spells - 1).org;
}

bool MemberInScope(const ReadModel& model, const Viewer& viewer, MemberId member) {
  if (ScopeOf(viewer.user.role) == Scope::kOwnRecord) return viewer.member == member;
  return OrgInScope(model, viewer, CurrentOrgOf(model, member));
}

OrgId RequireOrg(const ReadModel& model, const Viewer& viewer, std::string_view code,
                 Action action) {
  RequireAction(viewer, action);
  const std::optional<OrgId> org = model.FindOrg(code);
  if (!org || !OrgInScope(model, viewer, *org)) {
    throw Refusal(RefusalKind::kNotFound, "org",
                  fmt::format("Không tìm thấy tổ chức đảng có mã '{}'", code));
  }
  return *org;
}

MemberId RequireMember(const ReadModel& model, const Viewer& viewer, std::string_view id,
                       Action action) {
  RequireAction(viewer, action);
  const std::optional<MemberId> member = model.FindMember(id);
  if (!member || !MemberInScope(model, viewer, *member)) {
    throw Refusal(RefusalKind::kNotFound, "member",
                  fmt::format("Không tìm thấy đảng viên có mã '{}'", id));
  }
  return *member;
}

}  // namespace tochuc::app
