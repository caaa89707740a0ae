// User: a person who signs in, attached to one organization, whose role says
// what they may do in that organization's subtree (domain.md § Confidentiality).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tochuc {

enum class Role : uint8_t {
  kAdmin,      // the whole deployment, and users
  kStaff,      // read and write in the subtree (organization committee staff)
  kClerk,      // records and events of their own grassroots organization
  kInspector,  // read, confidential fields included (every such read is audited)
  kMember,     // their own record only
};
std::optional<Role> ParseRole(std::string_view name);  // "admin", "staff", ...
std::string_view RoleName(Role role);

struct User {
  int64_t id = 0;  // set by the store
  std::string login;
  std::string password_hash;  // argon2id, libsodium's string form
  Role role = Role::kStaff;
  std::string org;     // code of the organization the user is attached to
  std::string member;  // for Role::kMember: the member id; else empty
  bool disabled = false;
};

}  // namespace tochuc
