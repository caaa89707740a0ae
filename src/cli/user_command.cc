#include <fmt/format.h>
#include <pwd.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <iostream>

#include "app/load_ledger.h"
#include "app/manage_users.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/password_input.h"
#include "cli/table.h"

namespace tochuc::cli {
namespace {

struct UserArgs {
  std::string db, login, role, org, member, format = "table";
  bool password_stdin = false;
};

// Who the audit log says made the change: the operating-system account that
// ran the command (whoever can write the file is trusted on the command line).
std::string CliActor() {
  const uid_t uid = geteuid();
  if (const passwd* account = getpwuid(uid)) return fmt::format("cli:{}", account->pw_name);
  return fmt::format("cli:uid{}", uid);
}

// Prints "field: reason" lines and ends the command as refused; returns when there are none.
void FailOnProblems(const Problems& problems, const std::string& what_was_not_done) {
  if (problems.empty()) return;
  for (const Problem& problem : problems) {
    std::cerr << fmt::format("{}: {}\n", problem.field, problem.message);
  }
  Fail(what_was_not_done, kExitRefused);
}

void AddDbOption(CLI::App& command, UserArgs& args) {
  command.add_option("--db", args.db, "SQLite database file")->required()->check(CLI::ExistingFile);
}

void AddLoginOption(CLI::App& command, UserArgs& args) {
  command.add_option("--login", args.login, "The user's login")->required();
}

void AddPasswordStdinFlag(CLI::App& command, UserArgs& args) {
  command.add_flag("--password-stdin", args.password_stdin,
                   "Read the password from the first line of stdin instead of asking twice");
}

void RunAdd(const UserArgs& args) {
  const std::string password = ReadNewPassword(args.password_stdin);
  auto store = OpenStore(args.db);
  // The member directory (ids) is read only when a member is to be found in it.
  const ReadModel model =
      app::LoadReadModel(*store, SnapshotPathFor(args.db), !args.member.empty(),
                         [](std::string_view note) { std::cerr << note << '\n'; });
  const app::KnownRecords known{
      [&](std::string_view code) { return model.FindOrg(code).has_value(); },
      [&](std::string_view id) { return model.FindMember(id).has_value(); }};
  auto users = OpenUserStore(args.db);
  FailOnProblems(app::AddUser(*users, {args.login, password, args.role, args.org, args.member},
                              known, CliActor()),
                 fmt::format("user '{}' was not added", args.login));
  std::cerr << fmt::format("added user '{}' ({}, {})\n", args.login, args.role, args.org);
}

void RunPasswd(const UserArgs& args) {
  const std::string password = ReadNewPassword(args.password_stdin);
  auto users = OpenUserStore(args.db);
  FailOnProblems(app::ChangePassword(*users, args.login, password, CliActor()),
                 fmt::format("the password of '{}' was not changed", args.login));
  std::cerr << fmt::format("changed the password of user '{}'\n", args.login);
}

void RunDisable(const UserArgs& args) {
  auto users = OpenUserStore(args.db);
  FailOnProblems(app::DisableUser(*users, args.login, CliActor()),
                 fmt::format("user '{}' was not disabled", args.login));
  std::cerr << fmt::format("disabled user '{}'\n", args.login);
}

void RunList(const UserArgs& args) {
  const std::vector<User> users = OpenUserStore(args.db)->ListUsers();
  if (args.format == "json") {
    boost::json::array listed;
    for (const User& user : users) {
      boost::json::value member = nullptr;
      if (!user.member.empty()) member = user.member;
      listed.push_back({{"login", user.login},
                        {"role", RoleName(user.role)},
                        {"org", user.org},
                        {"member", member},
                        {"disabled", user.disabled}});
    }
    return PrintJson(boost::json::object{{"users", listed}});
  }
  Table table({"login", "role", "org", "member", "disabled"});
  for (const User& user : users) {
    table.AddRow({user.login, std::string(RoleName(user.role)), user.org, user.member,
                  user.disabled ? "disabled" : ""});
  }
  table.Print(std::cout);
  std::cout << users.size() << " user(s)\n";
}

}  // namespace

void RegisterUserCommand(CLI::App& app) {
  auto args = std::make_shared<UserArgs>();
  CLI::App* user = app.add_subcommand("user",
                                      "Users who sign in: add, change a password, "
                                      "disable, list (each change is audited)");
  user->require_subcommand(1);

  CLI::App* add = user->add_subcommand("add", "Add a user attached to an organization");
  AddDbOption(*add, *args);
  AddLoginOption(*add, *args);
  add->add_option("--role", args->role, "admin, staff, clerk, inspector or member")->required();
  add->add_option("--org", args->org, "Code of the organization the user is attached to")
      ->required();
  add->add_option("--member", args->member, "For role member: the member's id");
  AddPasswordStdinFlag(*add, *args);
  add->callback([args] { RunAdd(*args); });

  CLI::App* passwd = user->add_subcommand("passwd", "Give a user a new password");
  AddDbOption(*passwd, *args);
  AddLoginOption(*passwd, *args);
  AddPasswordStdinFlag(*passwd, *args);
  passwd->callback([args] { RunPasswd(*args); });

  CLI::App* disable = user->add_subcommand("disable", "Stop a user from signing in");
  AddDbOption(*disable, *args);
  AddLoginOption(*disable, *args);
  disable->callback([args] { RunDisable(*args); });

  CLI::App* list = user->add_subcommand("list", "Every user, by login");
  AddDbOption(*list, *args);
  AddFormatOption(*list, args->format);
  list->callback([args] { RunList(*args); });
}

}  // namespace tochuc::cli
