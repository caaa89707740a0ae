// Users on a real SQLite file: each change is written with its audit entry,
// both or neither.
#include "store/sqlite/sqlite_user_store.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "store/sqlite/sqlite_audit_log.h"
#include "testing/test_directory.h"

namespace tochuc::store {
namespace {

using ::testing::IsEmpty;

class SqliteUserStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tochuc::testing::FreshTestDirectory("users");
    path_ = (dir_ / "t.db").string();
    users_ = std::make_unique<SqliteUserStore>(path_);
  }
  void TearDown() override {
    users_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::vector<StoredAuditEntry> AuditEntries() {
    std::vector<StoredAuditEntry> entries;
    SqliteAuditLog(path_).ForEach(
        [&](const StoredAuditEntry& stored) { entries.push_back(stored); });
    return entries;
  }

  static User Staff(const std::string& login) {
    User user;
    user.login = login;
    user.password_hash = "$argon2id$not-a-real-hash";
    user.role = Role::kStaff;
    user.org = "P";
    return user;
  }

  static AuditEntry Added(const std::string& login) {
    return {"cli:root", "user.added", login, R"({"role":"staff","org":"P"})"};
  }

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<SqliteUserStore> users_;
};

TEST_F(SqliteUserStoreTest, AddedUsersAreFoundAndListedByLogin) {
  ASSERT_TRUE(users_->AddUser(Staff("lan"), Added("lan")));
  User member = Staff("binh");
  member.role = Role::kMember;
  member.member = "M1";
  ASSERT_TRUE(users_->AddUser(member, Added("binh")));

  const std::optional<User> found = users_->FindUser("binh");
  ASSERT_TRUE(found);
  EXPECT_GT(found->id, 0);
  EXPECT_EQ(found->role, Role::kMember);
  EXPECT_EQ(found->member, "M1");
  EXPECT_EQ(found->org, "P");
  EXPECT_EQ(found->password_hash, "$argon2id$not-a-real-hash");
  EXPECT_FALSE(found->disabled);
  EXPECT_FALSE(users_->FindUser("nobody"));

  const std::vector<User> listed = users_->ListUsers();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].login, "binh");
  EXPECT_EQ(listed[1].login, "lan");
  EXPECT_EQ(listed[1].member, "");
}

TEST_F(SqliteUserStoreTest, EachChangeWritesItsAuditEntry) {
  ASSERT_TRUE(users_->AddUser(Staff("lan"), Added("lan")));
  User changed = Staff("lan");
  changed.disabled = true;
  ASSERT_TRUE(users_->UpdateUser(changed, {"cli:root", "user.disabled", "lan", "{}"}));
  EXPECT_TRUE(users_->FindUser("lan")->disabled);

  const std::vector<StoredAuditEntry> entries = AuditEntries();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].entry.action, "user.added");
  EXPECT_EQ(entries[0].entry.subject, "lan");
  EXPECT_EQ(entries[1].entry.action, "user.disabled");
  EXPECT_THAT(SqliteAuditLog(path_).Verify(), IsEmpty());
}

TEST_F(SqliteUserStoreTest, ATakenLoginIsRefusedAndNothingIsWritten) {
  ASSERT_TRUE(users_->AddUser(Staff("lan"), Added("lan")));
  User again = Staff("lan");
  again.org = "U1";
  EXPECT_FALSE(users_->AddUser(again, Added("lan")));
  EXPECT_EQ(users_->FindUser("lan")->org, "P");
  EXPECT_EQ(AuditEntries().size(), 1u);
}

TEST_F(SqliteUserStoreTest, UpdatingAnUnknownLoginChangesNothing) {
  EXPECT_FALSE(users_->UpdateUser(Staff("ghost"), {"cli:root", "user.disabled", "ghost", "{}"}));
  EXPECT_THAT(users_->ListUsers(), IsEmpty());
  EXPECT_THAT(AuditEntries(), IsEmpty());
}

TEST_F(SqliteUserStoreTest, TheTableRefusesAMemberRoleWithoutItsMember) {
  User member = Staff("binh");
  member.role = Role::kMember;  // and no member id
  EXPECT_THROW(users_->AddUser(member, Added("binh")), SqliteError);
  EXPECT_FALSE(users_->FindUser("binh"));
  EXPECT_THAT(AuditEntries(), IsEmpty());
}

}  // namespace
}  // namespace tochuc::store
