#include "domain/access_policy.h"

#include <array>
#include <utility>

namespace tochuc {
namespace {

constexpr std::array<std::pair<std::string_view, FieldClass>, 16> kPersonFields = {{
    {"member", FieldClass::kPublic},
    {"name", FieldClass::kPublic},
    {"org", FieldClass::kPublic},
    {"standing", FieldClass::kPublic},
    {"status", FieldClass::kPublic},
    {"exempted", FieldClass::kPublic},
    {"admitted_on", FieldClass::kPublic},
    {"official_on", FieldClass::kPublic},
    {"standing_since", FieldClass::kPublic},
    {"sex", FieldClass::kPersonal},
    {"born_on", FieldClass::kPersonal},
    {"ethnicity", FieldClass::kPersonal},
    {"religion", FieldClass::kPersonal},
    {"education", FieldClass::kPersonal},
    {"theory_level", FieldClass::kPersonal},
    {"youth_union", FieldClass::kPersonal},
}};

}  // namespace

bool RoleMay(Role role, Action action) {
  switch (role) {
    case Role::kAdmin: return true;
    case Role::kStaff:
      return action != Action::kManageUsers && action != Action::kImportLedger &&
             action != Action::kExportLedger;
    case Role::kClerk:
      return action == Action::kReadOrgs || action == Action::kReadMembers ||
             action == Action::kReadReports || action == Action::kRecordMemberEvent;
    case Role::kInspector:
      return action == Action::kReadOrgs || action == Action::kReadMembers ||
             action == Action::kReadReports;
    case Role::kMember:
      return action == Action::kReadMembers;  // their own record: Scope::kOwnRecord
  }
  return false;
}

bool RoleSees(Role role, FieldClass field_class) {
  switch (field_class) {
    case FieldClass::kPublic:
    case FieldClass::kPersonal: return true;
    case FieldClass::kConfidential: return role == Role::kInspector;
  }
  return false;
}

FieldClass ClassOfPersonField(std::string_view field) {
  for (const auto& [name, field_class] : kPersonFields) {
    if (name == field) return field_class;
  }
  return FieldClass::kConfidential;
}

Scope ScopeOf(Role role) {
  switch (role) {
    case Role::kAdmin: return Scope::kDeployment;
    case Role::kMember: return Scope::kOwnRecord;
    default: return Scope::kSubtree;
  }
}

}  // namespace tochuc
