#include "domain/user.h"

#include <array>
#include <utility>

namespace tochuc {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 5> kRoleNames = {{
    {Role::kAdmin, "admin"},
    {Role::kStaff, "staff"},
    {Role::kClerk, "clerk"},
    {Role::kInspector, "inspector"},
    {Role::kMember, "member"},
}};

}  // namespace

std::optional<Role> ParseRole(std::string_view name) {
  for (const auto& [role, role_name] : kRoleNames) {
    if (role_name == name) return role;
  }
  return std::nullopt;
}

std::string_view RoleName(Role role) {
  for (const auto& [known, role_name] : kRoleNames) {
    if (known == role) return role_name;
  }
  return "unknown";
}

}  // namespace tochuc
