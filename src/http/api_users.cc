// Users: admins list, add and disable them and reset passwords; anyone
// changes their own password, giving the current one.
#include <fmt/format.h>

#include <boost/json.hpp>

#include "app/manage_users.h"
#include "app/password.h"
#include "app/viewer.h"
#include "http/api_json.h"
#include "http/api_support.h"

namespace tochuc::http {
namespace {

namespace json = boost::json;

Response Done(const Session& session, const Problems& problems, Response ok) {
  Response response =
      problems.empty() ? std::move(ok) : RefusedResponse("Không thực hiện được", problems);
  response.user = session.user.login;
  return response;
}

}  // namespace

void AddUserRoutes(Router& router, ApiContext& context) {
  router.Add("GET", "/api/v1/users", RunOn::kWorkerPool, Guard({}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               RequireRoleAllows(session, Action::kManageUsers);
               app::ConnectionPool::Lease connection = context.connections.Acquire();
               json::array users;
               for (const User& user : connection->users->ListUsers()) {
                 users.push_back(UserJson(user));
               }
               Response response = JsonResponse(json::object{{"users", std::move(users)}});
               response.user = session.user.login;
               return response;
             }));
  router.Add(
      "POST", "/api/v1/users", RunOn::kWorkerPool, Guard({}, [&context](Request& request) {
        const Session session = RequireSession(context, request);
        RequireRoleAllows(session, Action::kManageUsers);
        const json::object body = JsonBody(request);
        OnlyFields(body, {"login", "password", "role", "org", "member"});
        const app::NewUser user{StringField(body, "login", true),
                                StringField(body, "password", true),
                                StringField(body, "role", true), StringField(body, "org", true),
                                StringField(body, "member", false)};
        const app::KnownRecords known{[&context](std::string_view code) {
                                        return context.live.Read([&](const ReadModel& model) {
                                          return model.FindOrg(code).has_value();
                                        });
                                      },
                                      [&context](std::string_view id) {
                                        return context.live.Read([&](const ReadModel& model) {
                                          return model.FindMember(id).has_value();
                                        });
                                      }};
        app::ConnectionPool::Lease connection = context.connections.Acquire();
        const Problems problems = app::AddUser(*connection->users, user, known, session.user.login);
        std::optional<User> added =
            problems.empty() ? connection->users->FindUser(user.login) : std::nullopt;
        return Done(session, problems,
                    JsonResponse(added ? UserJson(*added) : json::object{}, 201));
      }));
  router.Add(
      "POST", "/api/v1/users/{login}/password", RunOn::kWorkerPool,
      Guard({}, [&context](Request& request) {
        const Session session = RequireSession(context, request);
        const std::string& login = request.params[0];
        const json::object body = JsonBody(request);
        OnlyFields(body, {"password", "current_password"});
        app::ConnectionPool::Lease connection = context.connections.Acquire();
        if (login == session.user.login) {
          // Someone at an unattended screen must not lock its owner out,
          // nor guess the password faster than at sign-in.
          if (const auto wait = context.throttle.Wait(login, request.peer)) {
            return TooManyAttempts("Nhập sai mật khẩu", *wait);
          }
          const std::optional<User> self = connection->users->FindUser(login);
          if (!self || !app::VerifyPassword(self->password_hash,
                                            StringField(body, "current_password", true))) {
            context.throttle.Failed(login, request.peer);
            throw ApiError{ProblemResponse(422, "refused", "Không thực hiện được",
                                           {{"current_password", "Mật khẩu hiện tại không đúng"}})};
          }
        } else {
          RequireRoleAllows(session, Action::kManageUsers);
        }
        const Problems problems = app::ChangePassword(
            *connection->users, login, StringField(body, "password", true), session.user.login);
        if (problems.empty()) context.sessions.CloseAllOf(login);
        return Done(session, problems, Response{204, "application/json", "", {}, {}});
      }));
  router.Add("POST", "/api/v1/users/{login}/disable", RunOn::kWorkerPool,
             Guard({}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               RequireRoleAllows(session, Action::kManageUsers);
               app::ConnectionPool::Lease connection = context.connections.Acquire();
               const Problems problems =
                   app::DisableUser(*connection->users, request.params[0], session.user.login);
               if (problems.empty()) context.sessions.CloseAllOf(request.params[0]);
               return Done(session, problems, Response{204, "application/json", "", {}, {}});
             }));
}

}  // namespace tochuc::http
