// SqliteUserStore: the UserStore on an embedded SQLite file (table `users`,
// migration 0004), on a connection of its own opened and migrated as
// SqliteLedgerStore's is. A change and its audit entry are written in one
// transaction: both or neither.
//
// Like Db, one thread at a time per instance.
#pragma once

#include <string>

#include "domain/user_store.h"
#include "store/sqlite/sqlite_db.h"

namespace tochuc::store {

class SqliteUserStore : public UserStore {
 public:
  // Opens or creates the database file. Throws SqliteError when it cannot.
  explicit SqliteUserStore(const std::string& path);

  std::optional<User> FindUser(std::string_view login) override;
  std::vector<User> ListUsers() override;
  bool AddUser(const User& user, const AuditEntry& audit) override;
  bool UpdateUser(const User& user, const AuditEntry& audit) override;

 private:
  bool Exists(std::string_view login);

  Db db_;
};

}  // namespace tochuc::store
