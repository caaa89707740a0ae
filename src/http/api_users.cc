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

void RequireUserAdmin(const Session& session) {
  app::RequireAction(app::Viewer{session.user, std::nullopt, std::nullopt}, Action::kManageUsers);
}

// The string fields of a body that may hold only `allowed` ones.
std::string StringField(const json::object& body, std::string_view name, bool required) {
  const json::value* value = body.if_contains(name);
  if (!value || value->is_null()) {
    if (!required) return "";
    throw ApiError{ProblemResponse(400, "bad-request", "Yêu cầu không hợp lệ",
                                   {{std::string(name), "Thiếu trường này"}})};
  }
  if (!value->is_string()) {
    throw ApiError{ProblemResponse(400, "bad-request", "Yêu cầu không hợp lệ",
                                   {{std::string(name), "Phải là một chuỗi"}})};
  }
  return std::string(value->get_string());
}

void OnlyFields(const json::object& body, std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : body) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      throw ApiError{ProblemResponse(400, "bad-request", "Yêu cầu không hợp lệ",
                                     {{std::string(key), "Trường không dùng được ở đây"}})};
    }
  }
}

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
               RequireUserAdmin(session);
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
        RequireUserAdmin(session);
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
            Response response = ProblemResponse(
                429, "too-many-attempts",
                fmt::format("Nhập sai mật khẩu quá nhiều lần; hãy thử lại sau {} giây",
                            wait->count()));
            response.headers.emplace_back("Retry-After", std::to_string(wait->count()));
            return response;
          }
          const std::optional<User> self = connection->users->FindUser(login);
          if (!self || !app::VerifyPassword(self->password_hash,
                                            StringField(body, "current_password", true))) {
            context.throttle.Failed(login, request.peer);
            throw ApiError{ProblemResponse(422, "refused", "Không thực hiện được",
                                           {{"current_password", "Mật khẩu hiện tại không đúng"}})};
          }
        } else {
          RequireUserAdmin(session);
        }
        const Problems problems = app::ChangePassword(
            *connection->users, login, StringField(body, "password", true), session.user.login);
        if (problems.empty()) context.sessions.CloseAllOf(login);
        return Done(session, problems, Response{204, "application/json", "", {}, {}});
      }));
  router.Add("POST", "/api/v1/users/{login}/disable", RunOn::kWorkerPool,
             Guard({}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               RequireUserAdmin(session);
               app::ConnectionPool::Lease connection = context.connections.Acquire();
               const Problems problems =
                   app::DisableUser(*connection->users, request.params[0], session.user.login);
               if (problems.empty()) context.sessions.CloseAllOf(request.params[0]);
               return Done(session, problems, Response{204, "application/json", "", {}, {}});
             }));
}

}  // namespace tochuc::http
