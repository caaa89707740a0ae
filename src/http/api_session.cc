// POST /session signs in, GET tells who is signed in, DELETE signs out.
#include <fmt/format.h>

#include <boost/json.hpp>

#include "app/sign_in.h"
#include "http/api_json.h"
#include "http/api_support.h"

namespace tochuc::http {
namespace {

namespace json = boost::json;

std::string SessionCookie(const ApiContext& context, std::string_view token, bool clear) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict{}{}", kSessionCookie, token,
                     context.secure_cookies ? "; Secure" : "", clear ? "; Max-Age=0" : "");
}

// With the day the figures are current to, the UI's default period.
json::object SessionJson(ApiContext& context, const Session& session) {
  json::object out{{"user", UserJson(session.user)}, {"csrf_token", session.csrf_token}};
  // Under the readers' lock: LastEventDate() waits for a write in progress,
  // which may be a tree's new layout taking seconds.
  const std::optional<Date> last =
      context.live.Read([](const ReadModel& model) { return model.last_event_date; });
  out.emplace("last_event_on", last ? json::value(last->ToString()) : json::value(nullptr));
  return out;
}

Response SignIn(ApiContext& context, Request& request) {
  const json::object body = JsonBody(request);
  OnlyFields(body, {"login", "password"});
  const std::string login = StringField(body, "login", true);
  const std::string password = StringField(body, "password", true);
  if (const auto wait = context.throttle.Wait(login, request.peer)) {
    return TooManyAttempts("Đăng nhập sai", *wait);
  }
  std::optional<User> user = [&] {
    app::ConnectionPool::Lease connection = context.connections.Acquire();
    return app::CheckSignIn(*connection->users, login, password);
  }();
  if (!user) {
    context.throttle.Failed(login, request.peer);
    return ProblemResponse(401, "sign-in-failed", "Tên đăng nhập hoặc mật khẩu không đúng");
  }
  context.throttle.Succeeded(login);
  const std::string token = context.sessions.Open(*user);
  Response response = JsonResponse(SessionJson(context, *context.sessions.Touch(token)), 201);
  response.headers.emplace_back("Set-Cookie", SessionCookie(context, token, false));
  response.user = user->login;
  return response;
}

}  // namespace

void AddSessionRoutes(Router& router, ApiContext& context) {
  router.Add("POST", "/api/v1/session", RunOn::kWorkerPool,
             Guard({}, [&context](Request& request) { return SignIn(context, request); }));
  router.Add("GET", "/api/v1/session", RunOn::kIoThread, Guard({}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               Response response = JsonResponse(SessionJson(context, session));
               response.user = session.user.login;
               return response;
             }));
  router.Add("DELETE", "/api/v1/session", RunOn::kIoThread, Guard({}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               context.sessions.Close(SessionToken(request));
               Response response{204, "application/json", "", {}, session.user.login};
               response.headers.emplace_back("Set-Cookie", SessionCookie(context, "", true));
               return response;
             }));
}

}  // namespace tochuc::http
