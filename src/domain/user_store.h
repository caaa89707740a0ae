// UserStore: where users are kept. The domain owns the interface; src/store
// implements it per database. Every change carries its audit entry, written
// in the same transaction.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/audit_entry.h"
#include "domain/user.h"

namespace tochuc {

class UserStore {
 public:
  virtual ~UserStore() = default;

  virtual std::optional<User> FindUser(std::string_view login) = 0;
  virtual std::vector<User> ListUsers() = 0;  // by login
  // Returns false (and changes nothing) when the login is taken.
  virtual bool AddUser(const User& user, const AuditEntry& audit) = 0;
  // Replaces the stored user with the same login (password, role, org,
  // member, disabled). Returns false when there is none.
  virtual bool UpdateUser(const User& user, const AuditEntry& audit) = 0;
};

}  // namespace tochuc
