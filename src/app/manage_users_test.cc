// Managing users against an in-memory UserStore: each refusal names its
// field, nothing is written when refused, and each change carries its audit
// entry without the password.
#include "app/manage_users.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "app/password.h"

namespace tochuc::app {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// Users and audit entries in memory, as a store would keep them.
class MemoryUserStore : public UserStore {
 public:
  std::optional<User> FindUser(std::string_view login) override {
    auto found = users_.find(std::string(login));
    if (found == users_.end()) return std::nullopt;
    return found->second;
  }
  std::vector<User> ListUsers() override {
    std::vector<User> listed;
    for (const auto& [login, user] : users_) listed.push_back(user);
    return listed;
  }
  bool AddUser(const User& user, const AuditEntry& audit) override {
    if (!users_.emplace(user.login, user).second) return false;
    audit_.push_back(audit);
    return true;
  }
  bool UpdateUser(const User& user, const AuditEntry& audit) override {
    auto found = users_.find(user.login);
    if (found == users_.end()) return false;
    found->second = user;
    audit_.push_back(audit);
    return true;
  }

  const std::vector<AuditEntry>& audit() const { return audit_; }

 private:
  std::map<std::string, User, std::less<>> users_;
  std::vector<AuditEntry> audit_;
};

const KnownRecords kKnown{
    [](std::string_view code) { return code == "P" || code == "U1"; },
    [](std::string_view id) { return id == "M1"; },
};

constexpr std::string_view kActor = "cli:root";

NewUser Staff(std::string login) { return {std::move(login), "mật khẩu đủ dài", "staff", "P", ""}; }

std::vector<std::string> Fields(const Problems& problems) {
  std::vector<std::string> fields;
  for (const Problem& problem : problems) fields.push_back(problem.field);
  return fields;
}

TEST(ManageUsersTest, AddsAUserWithAHashAndAnAuditEntryWithoutThePassword) {
  MemoryUserStore users;
  ASSERT_THAT(AddUser(users, Staff("lan.nguyen"), kKnown, kActor), IsEmpty());
  const std::optional<User> user = users.FindUser("lan.nguyen");
  ASSERT_TRUE(user);
  EXPECT_EQ(user->role, Role::kStaff);
  EXPECT_EQ(user->org, "P");
  EXPECT_FALSE(user->disabled);
  EXPECT_TRUE(VerifyPassword(user->password_hash, "mật khẩu đủ dài"));
  ASSERT_EQ(users.audit().size(), 1u);
  const AuditEntry& entry = users.audit()[0];
  EXPECT_EQ(entry.actor, "cli:root");
  EXPECT_EQ(entry.action, "user.added");
  EXPECT_EQ(entry.subject, "lan.nguyen");
  EXPECT_EQ(entry.detail, R"({"role":"staff","org":"P"})");
}

TEST(ManageUsersTest, AMemberUserIsLinkedToAnExistingMember) {
  MemoryUserStore users;
  NewUser member = Staff("hoa.m1");
  member.role = "member";
  member.member = "M1";
  ASSERT_THAT(AddUser(users, member, kKnown, kActor), IsEmpty());
  EXPECT_EQ(users.FindUser("hoa.m1")->member, "M1");
  EXPECT_EQ(users.audit()[0].detail, R"({"role":"member","org":"P","member":"M1"})");

  member.login = "hoa.m9";
  member.member = "M9";
  EXPECT_THAT(Fields(AddUser(users, member, kKnown, kActor)), ElementsAre("member"));
  member.member = "";
  EXPECT_THAT(Fields(AddUser(users, member, kKnown, kActor)), ElementsAre("member"));
  NewUser staff = Staff("staff.s1");
  staff.member = "M1";
  EXPECT_THAT(Fields(AddUser(users, staff, kKnown, kActor)), ElementsAre("member"));
  EXPECT_EQ(users.ListUsers().size(), 1u);
}

TEST(ManageUsersTest, RefusesEachBadFieldAtOnceAndWritesNothing) {
  MemoryUserStore users;
  const Problems problems =
      AddUser(users, {"Lan Nguyen", "short", "boss", "NOPE", ""}, kKnown, kActor);
  EXPECT_THAT(Fields(problems), ElementsAre("login", "password", "role", "org"));
  EXPECT_THAT(problems[0].message, HasSubstr("'Lan Nguyen' is not a login"));
  EXPECT_EQ(problems[1].message, "mật khẩu phải có ít nhất 10 ký tự");
  EXPECT_THAT(problems[2].message, HasSubstr("unknown role 'boss'"));
  EXPECT_EQ(problems[3].message, "unknown organization 'NOPE'");
  EXPECT_EQ(problems[3].code, ProblemCode::kUnknownOrg);
  EXPECT_THAT(users.ListUsers(), IsEmpty());
  EXPECT_THAT(users.audit(), IsEmpty());
}

TEST(ManageUsersTest, LoginsAreThreeToSixtyFourOfASmallAlphabet) {
  MemoryUserStore users;
  const std::vector<std::string> refused = {"ab", std::string(65, 'a'), "lan@p", "Lan",
                                            "lan nguyen"};
  for (const std::string& login : refused) {
    EXPECT_THAT(Fields(AddUser(users, Staff(login), kKnown, kActor)), ElementsAre("login"))
        << login;
  }
  const std::vector<std::string> accepted = {"abc", std::string(64, 'a'), "lan.nguyen_2-p"};
  for (const std::string& login : accepted) {
    EXPECT_THAT(AddUser(users, Staff(login), kKnown, kActor), IsEmpty()) << login;
  }
}

TEST(ManageUsersTest, ATakenLoginIsRefused) {
  MemoryUserStore users;
  ASSERT_THAT(AddUser(users, Staff("lan"), kKnown, kActor), IsEmpty());
  const Problems problems = AddUser(users, Staff("lan"), kKnown, kActor);
  ASSERT_THAT(Fields(problems), ElementsAre("login"));
  EXPECT_EQ(problems[0].code, ProblemCode::kDuplicate);
  EXPECT_EQ(problems[0].message, "the login 'lan' is taken");
  EXPECT_EQ(users.audit().size(), 1u);
}

TEST(ManageUsersTest, ChangesAPasswordUnderThePolicy) {
  MemoryUserStore users;
  ASSERT_THAT(AddUser(users, Staff("lan"), kKnown, kActor), IsEmpty());
  EXPECT_THAT(Fields(ChangePassword(users, "lan", "ngắn", kActor)), ElementsAre("password"));
  EXPECT_THAT(Fields(ChangePassword(users, "ghost", "mật khẩu mới dài", kActor)),
              ElementsAre("login"));
  ASSERT_THAT(ChangePassword(users, "lan", "mật khẩu mới dài", kActor), IsEmpty());
  EXPECT_TRUE(VerifyPassword(users.FindUser("lan")->password_hash, "mật khẩu mới dài"));
  ASSERT_EQ(users.audit().size(), 2u);
  EXPECT_EQ(users.audit()[1].action, "user.password_changed");
  EXPECT_EQ(users.audit()[1].subject, "lan");
  EXPECT_EQ(users.audit()[1].detail, "{}");
}

TEST(ManageUsersTest, DisablesAUserOnce) {
  MemoryUserStore users;
  ASSERT_THAT(AddUser(users, Staff("lan"), kKnown, kActor), IsEmpty());
  ASSERT_THAT(DisableUser(users, "lan", kActor), IsEmpty());
  EXPECT_TRUE(users.FindUser("lan")->disabled);
  EXPECT_EQ(users.audit().back().action, "user.disabled");
  const Problems again = DisableUser(users, "lan", kActor);
  ASSERT_THAT(Fields(again), ElementsAre("login"));
  EXPECT_EQ(again[0].message, "user 'lan' is disabled already");
  EXPECT_THAT(Fields(DisableUser(users, "ghost", kActor)), ElementsAre("login"));
  EXPECT_EQ(users.audit().size(), 2u);
}

}  // namespace
}  // namespace tochuc::app
