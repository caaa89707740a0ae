// Viewer: the signed-in user as the read model sees them, and the checks
// every use case makes with it: may the role do this, and is the org or
// member inside the user's scope (their org's subtree in today's tree; the
// whole deployment for an admin; their own record for a member).
//
// Outside the scope is answered as "not found", never as "forbidden", so
// that a user cannot learn which codes exist elsewhere.
#pragma once

#include <optional>
#include <string_view>

#include "app/refusal.h"
#include "domain/access_policy.h"
#include "domain/read_model.h"
#include "domain/user.h"

namespace tochuc::app {

struct Viewer {
  User user;
  std::optional<OrgId> org;        // the user's org; nullopt once it no longer exists
  std::optional<MemberId> member;  // Role::kMember: their own record
};

Viewer ResolveViewer(const ReadModel& model, const User& user);

// Throws Refusal(kNotAllowed) unless the role may take the action.
void RequireAction(const Viewer& viewer, Action action);

bool OrgInScope(const ReadModel& model, const Viewer& viewer, OrgId org);
bool MemberInScope(const ReadModel& model, const Viewer& viewer, MemberId member);

// The org with this code when the viewer may take `action` on it; throws
// Refusal otherwise (kNotAllowed for the role, kNotFound for unknown codes
// and codes outside the scope alike).
OrgId RequireOrg(const ReadModel& model, const Viewer& viewer, std::string_view code,
                 Action action);
MemberId RequireMember(const ReadModel& model, const Viewer& viewer, std::string_view id,
                       Action action);

// The org a member belongs to now, or belonged to last.
OrgId CurrentOrgOf(const ReadModel& model, MemberId member);

}  // namespace tochuc::app
