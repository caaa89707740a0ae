#include "store/sqlite/sqlite_user_store.h"

#include "store/sqlite/audit_chain.h"
#include "store/sqlite/migrate.h"

namespace tochuc::store {
namespace {

constexpr std::string_view kSelectUsers =
    "SELECT id, login, password_hash, role, org, member, disabled FROM users";
constexpr std::string_view kInsertUser =
    "INSERT INTO users (login, password_hash, role, org, member, disabled, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
constexpr std::string_view kUpdateUser =
    "UPDATE users SET password_hash = ?, role = ?, org = ?, member = ?, disabled = ? "
    "WHERE login = ?";

std::optional<std::string_view> NullIfEmpty(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return text;
}

User ReadUser(const Statement& row) {
  User user;
  user.id = row.Int(0);
  user.login = row.Text(1);
  user.password_hash = row.Text(2);
  // The table's CHECK admits only the names ParseRole knows; were it bypassed,
  // the least privileged role.
  user.role = ParseRole(row.Text(3)).value_or(Role::kMember);
  user.org = row.Text(4);
  user.member = row.Text(5);
  user.disabled = row.Int(6) != 0;
  return user;
}

}  // namespace

SqliteUserStore::SqliteUserStore(const std::string& path) : db_(OpenMigrated(path)) {}

std::optional<User> SqliteUserStore::FindUser(std::string_view login) {
  Statement select = db_.Prepare(std::string(kSelectUsers) + " WHERE login = ?");
  select.Bind(1, login);
  if (!select.Step()) return std::nullopt;
  return ReadUser(select);
}

std::vector<User> SqliteUserStore::ListUsers() {
  std::vector<User> users;
  Statement select = db_.Prepare(std::string(kSelectUsers) + " ORDER BY login");
  while (select.Step()) users.push_back(ReadUser(select));
  return users;
}

bool SqliteUserStore::Exists(std::string_view login) {
  Statement select = db_.Prepare("SELECT 1 FROM users WHERE login = ?");
  select.Bind(1, login);
  return select.Step();
}

bool SqliteUserStore::AddUser(const User& user, const AuditEntry& audit) {
  Transaction transaction(db_);  // BEGIN IMMEDIATE: no one adds the login between check and insert
  if (Exists(user.login)) return false;
  db_.Prepare(kInsertUser)
      .Bind(1, user.login)
      .Bind(2, user.password_hash)
      .Bind(3, RoleName(user.role))
      .Bind(4, user.org)
      .BindNullable(5, NullIfEmpty(user.member))
      .Bind(6, int64_t{user.disabled})
      .Run();
  AppendAuditEntry(db_, audit);
  transaction.Commit();
  return true;
}

bool SqliteUserStore::UpdateUser(const User& user, const AuditEntry& audit) {
  Transaction transaction(db_);
  if (!Exists(user.login)) return false;
  db_.Prepare(kUpdateUser)
      .Bind(1, user.password_hash)
      .Bind(2, RoleName(user.role))
      .Bind(3, user.org)
      .BindNullable(4, NullIfEmpty(user.member))
      .Bind(5, int64_t{user.disabled})
      .Bind(6, user.login)
      .Run();
  AppendAuditEntry(db_, audit);
  transaction.Commit();
  return true;
}

}  // namespace tochuc::store
