#include "app/manage_users.h"

#include <fmt/format.h>

#include <algorithm>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "app/password.h"

namespace tochuc::app {
namespace {

constexpr size_t kMinLoginLength = 3, kMaxLoginLength = 64;

bool IsLoginCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

std::optional<Problem> CheckLogin(std::string_view login) {
  if (login.size() >= kMinLoginLength && login.size() <= kMaxLoginLength &&
      std::all_of(login.begin(), login.end(), IsLoginCharacter)) {
    return std::nullopt;
  }
  return Problem{ProblemCode::kInvalidValue, "login",
                 fmt::format("'{}' is not a login: {} to {} characters of a-z, 0-9, '.', '_' "
                             "and '-'",
                             login, kMinLoginLength, kMaxLoginLength),
                 "",
                 fmt::format("'{}' không dùng được làm tên đăng nhập: {} đến {} ký tự a-z, 0-9, "
                             "'.', '_' và '-'",
                             login, kMinLoginLength, kMaxLoginLength)};
}

std::optional<Problem> CheckPassword(std::string_view login, std::string_view password) {
  if (auto refusal = PasswordRefusal(login, password)) {
    return Problem{ProblemCode::kInvalidValue, "password", std::move(*refusal), ""};
  }
  return std::nullopt;
}

Problem LoginTaken(std::string_view login) {
  return {ProblemCode::kDuplicate, "login", fmt::format("the login '{}' is taken", login), "",
          fmt::format("tên đăng nhập '{}' đã có người dùng", login)};
}

Problem NoSuchUser(std::string_view login) {
  return {ProblemCode::kInvalidValue, "login", fmt::format("there is no user '{}'", login), "",
          fmt::format("không có người dùng '{}'", login)};
}

// The role, org and member of a new user, as the read model knows them.
void CheckAttachment(const NewUser& user, const KnownRecords& known, Problems& problems) {
  const std::optional<Role> role = ParseRole(user.role);
  if (!role) {
    problems.push_back({ProblemCode::kInvalidValue, "role",
                        fmt::format("unknown role '{}'; one of admin, staff, clerk, inspector, "
                                    "member",
                                    user.role),
                        "",
                        fmt::format("vai trò '{}' không có; chọn admin, staff, clerk, inspector "
                                    "hoặc member",
                                    user.role)});
  }
  if (user.org.empty()) {
    problems.push_back({ProblemCode::kMissingField, "org",
                        "a user is attached to an organization: its code is required", "",
                        "người dùng phải gắn với một tổ chức đảng: cần mã của tổ chức"});
  } else if (!known.org_exists(user.org)) {
    problems.push_back({ProblemCode::kUnknownOrg, "org",
                        fmt::format("unknown organization '{}'", user.org), user.org,
                        fmt::format("không có tổ chức đảng mã '{}'", user.org)});
  }
  if (role == Role::kMember && user.member.empty()) {
    problems.push_back({ProblemCode::kMissingField, "member",
                        "a user with role 'member' sees their own record: the member's id is "
                        "required",
                        "", "người dùng vai trò đảng viên cần mã đảng viên của mình"});
  } else if (role && role != Role::kMember && !user.member.empty()) {
    problems.push_back({ProblemCode::kInvalidValue, "member",
                        fmt::format("only a user with role 'member' is linked to a member, not "
                                    "one with role '{}'",
                                    user.role),
                        user.member});
  } else if (!user.member.empty() && !known.member_exists(user.member)) {
    problems.push_back({ProblemCode::kUnknownMember, "member",
                        fmt::format("unknown member '{}'", user.member), user.member,
                        fmt::format("không có đảng viên mã '{}'", user.member)});
  }
}

std::string AddedDetail(const User& user) {
  boost::json::object detail{{"role", RoleName(user.role)}, {"org", user.org}};
  if (!user.member.empty()) detail["member"] = user.member;
  return boost::json::serialize(detail);
}

}  // namespace

Problems AddUser(UserStore& users, const NewUser& user, const KnownRecords& known,
                 std::string_view actor) {
  Problems problems;
  if (auto problem = CheckLogin(user.login)) {
    problems.push_back(std::move(*problem));
  } else if (users.FindUser(user.login)) {
    problems.push_back(LoginTaken(user.login));
  }
  if (auto problem = CheckPassword(user.login, user.password)) {
    problems.push_back(std::move(*problem));
  }
  CheckAttachment(user, known, problems);
  if (!problems.empty()) return problems;

  User added;
  added.login = user.login;
  added.password_hash = HashPassword(user.password);
  added.role = *ParseRole(user.role);
  added.org = user.org;
  added.member = user.member;
  // Another process may have taken the login while the password was hashed.
  if (!users.AddUser(added, {std::string(actor), "user.added", added.login, AddedDetail(added)})) {
    return {LoginTaken(user.login)};
  }
  return {};
}

Problems ChangePassword(UserStore& users, std::string_view login, std::string_view password,
                        std::string_view actor) {
  std::optional<User> user = users.FindUser(login);
  if (!user) return {NoSuchUser(login)};
  if (auto problem = CheckPassword(login, password)) return {std::move(*problem)};
  user->password_hash = HashPassword(password);
  if (!users.UpdateUser(*user, {std::string(actor), "user.password_changed", user->login, "{}"})) {
    return {NoSuchUser(login)};
  }
  return {};
}

Problems DisableUser(UserStore& users, std::string_view login, std::string_view actor) {
  std::optional<User> user = users.FindUser(login);
  if (!user) return {NoSuchUser(login)};
  if (user->disabled) {
    return {{ProblemCode::kRuleBroken, "login", fmt::format("user '{}' is disabled already", login),
             ""}};
  }
  user->disabled = true;
  if (!users.UpdateUser(*user, {std::string(actor), "user.disabled", user->login, "{}"})) {
    return {NoSuchUser(login)};
  }
  return {};
}

}  // namespace tochuc::app
