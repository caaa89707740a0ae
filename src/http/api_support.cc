#include "http/api_support.h"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>

#include "app/refusal.h"
#include "app/viewer.h"

namespace tochuc::http {
namespace {

namespace json = boost::json;

ApiError BadRequest(std::string field, std::string message) {
  return {ProblemResponse(400, "bad-request", "Yêu cầu không hợp lệ",
                          {{std::move(field), std::move(message)}})};
}

bool SameToken(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Response RefusalResponse(const app::Refusal& refusal) {
  std::vector<FieldError> errors;
  if (!refusal.field().empty()) errors.push_back({refusal.field(), refusal.what()});
  switch (refusal.kind()) {
    case app::RefusalKind::kNotAllowed:
      return ProblemResponse(403, "forbidden", refusal.what(), errors);
    case app::RefusalKind::kNotFound:
      return ProblemResponse(404, "not-found", refusal.what(), errors);
    case app::RefusalKind::kInvalid:
      return ProblemResponse(400, "bad-request", refusal.what(), errors);
    case app::RefusalKind::kConflict:
      return ProblemResponse(409, "conflict", refusal.what(), errors);
    case app::RefusalKind::kBusy: {
      Response busy = ProblemResponse(503, "busy", refusal.what(), errors);
      busy.headers.emplace_back("Retry-After", "5");
      return busy;
    }
  }
  return ProblemResponse(500, "internal", "Lỗi máy chủ");
}

}  // namespace

Response JsonResponse(const json::value& value, unsigned status) {
  return {status, "application/json", json::serialize(value), {}, {}};
}

std::string SessionToken(const Request& request) {
  std::string_view rest = request.cookie;
  while (!rest.empty()) {
    const size_t end = std::min(rest.find(';'), rest.size());
    std::string_view pair = rest.substr(0, end);
    rest.remove_prefix(std::min(end + 1, rest.size()));
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const size_t equals = pair.find('=');
    if (equals != std::string_view::npos && pair.substr(0, equals) == kSessionCookie) {
      return std::string(pair.substr(equals + 1));
    }
  }
  return "";
}

Session RequireSession(ApiContext& context, const Request& request) {
  const std::string token = SessionToken(request);
  std::optional<Session> session = context.sessions.Touch(token);
  if (session && Sessions::Clock::now() - session->checked_at > context.recheck_user) {
    std::optional<User> stored =
        context.connections.Acquire()->users->FindUser(session->user.login);
    if (stored && !stored->disabled && stored->role == session->user.role &&
        stored->org == session->user.org && stored->member == session->user.member &&
        stored->password_hash == session->user.password_hash) {
      context.sessions.MarkChecked(token);
    } else {
      context.sessions.CloseAllOf(session->user.login);
      session.reset();
    }
  }
  if (!session) {
    throw ApiError{ProblemResponse(401, "unauthenticated",
                                   "Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn")};
  }
  if (request.ChangesState() && !SameToken(request.csrf_token, session->csrf_token)) {
    throw ApiError{ProblemResponse(403, "csrf", "Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token)")};
  }
  return *session;
}

Handler Guard(std::initializer_list<std::string_view> allowed,
              std::function<Response(Request&)> handler) {
  std::vector<std::string> names(allowed.begin(), allowed.end());
  return [names = std::move(names), handler = std::move(handler)](Request& request) {
    try {
      for (const auto& [key, value] : request.query) {
        if (std::find(names.begin(), names.end(), key) == names.end()) {
          throw BadRequest(key, fmt::format("Tham số '{}' không dùng được ở đây", key));
        }
      }
      return handler(request);
    } catch (const ApiError& error) {
      return error.response;
    } catch (const app::Refusal& refusal) {
      return RefusalResponse(refusal);
    }
  };
}

std::string RequiredParam(const Request& request, std::string_view name) {
  const std::optional<std::string_view> value = request.Query(name);
  if (!value || value->empty()) {
    throw BadRequest(std::string(name), fmt::format("Thiếu tham số '{}'", name));
  }
  return std::string(*value);
}

std::optional<Date> OptionalDateParam(const Request& request, std::string_view name) {
  const std::optional<std::string_view> value = request.Query(name);
  if (!value) return std::nullopt;
  std::optional<Date> date = Date::Parse(*value);
  if (!date) {
    throw BadRequest(std::string(name),
                     fmt::format("'{}' không phải ngày có thật dạng YYYY-MM-DD", *value));
  }
  return date;
}

Date DateParam(const Request& request, std::string_view name) {
  RequiredParam(request, name);
  return *OptionalDateParam(request, name);
}

size_t SizeParam(const Request& request, std::string_view name, size_t fallback, size_t max) {
  const std::optional<std::string_view> value = request.Query(name);
  if (!value) return fallback;
  size_t out = 0;
  const auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), out);
  if (ec != std::errc() || end != value->data() + value->size() || out > max) {
    throw BadRequest(std::string(name),
                     fmt::format("'{}' phải là số nguyên từ 0 đến {}", *value, max));
  }
  return out;
}

void OnlyFields(const json::object& body, std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : body) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      throw BadRequest(std::string(key), "Trường không dùng được ở đây");
    }
  }
}

std::string StringField(const json::object& body, std::string_view name, bool required) {
  const json::value* value = body.if_contains(name);
  if (!value || value->is_null()) {
    if (!required) return "";
    throw BadRequest(std::string(name), "Thiếu trường này");
  }
  if (!value->is_string()) throw BadRequest(std::string(name), "Phải là một chuỗi");
  return std::string(value->get_string());
}

void RequireRoleAllows(const Session& session, Action action) {
  app::RequireAction(app::Viewer{session.user, std::nullopt, std::nullopt}, action);
}

bool IsPlainFileNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

void AttachAs(Response& response, std::string_view name) {
  response.headers.emplace_back("Content-Disposition",
                                fmt::format("attachment; filename=\"{}\"", name));
}

Response TooManyAttempts(std::string_view what, std::chrono::seconds wait) {
  Response response =
      ProblemResponse(429, "too-many-attempts",
                      fmt::format("{} quá nhiều lần; hãy thử lại sau {} giây", what, wait.count()));
  response.headers.emplace_back("Retry-After", std::to_string(wait.count()));
  return response;
}

json::object JsonBody(const Request& request) {
  if (request.content_type != "application/json") {
    throw ApiError{ProblemResponse(415, "unsupported-media-type",
                                   "Nội dung phải là JSON (Content-Type: application/json)")};
  }
  json::error_code ec;
  json::value value = json::parse(request.body, ec);
  if (ec) throw BadRequest("", fmt::format("Nội dung không phải JSON hợp lệ: {}", ec.message()));
  if (!value.is_object()) throw BadRequest("", "Nội dung phải là một đối tượng JSON");
  return std::move(value.as_object());
}

}  // namespace tochuc::http
