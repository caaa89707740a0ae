// What every API handler does the same way: JSON out, the session in,
// CSRF, query parameters, and refusals turned into problem details.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "domain/access_policy.h"
#include "domain/date.h"
#include "http/api_context.h"
#include "http/problem.h"

namespace tochuc::http {

inline constexpr std::string_view kSessionCookie = "tochuc_session";

// A failure a handler answers with at once (thrown, caught by Guard).
struct ApiError {
  Response response;
};

Response JsonResponse(const boost::json::value& value, unsigned status = 200);

// The signed-in session of the request; for a state-changing request also
// the CSRF token checked. Throws ApiError (401, 403) otherwise.
Session RequireSession(ApiContext& context, const Request& request);
// The session cookie's value, or empty.
std::string SessionToken(const Request& request);

// The handler wrapped: query parameters outside `allowed` are refused (400),
// app::Refusal becomes 403 / 404 / 400, ApiError its response.
Handler Guard(std::initializer_list<std::string_view> allowed,
              std::function<Response(Request&)> handler);

// Query parameters: required ones throw ApiError(400) when missing or bad.
std::string RequiredParam(const Request& request, std::string_view name);
Date DateParam(const Request& request, std::string_view name);
std::optional<Date> OptionalDateParam(const Request& request, std::string_view name);
size_t SizeParam(const Request& request, std::string_view name, size_t fallback, size_t max);

// The body as a JSON object; throws ApiError (415 for another media type,
// 400 for malformed JSON or invalid UTF-8).
boost::json::object JsonBody(const Request& request);
// Throws ApiError(400) naming the first field of `body` not in `allowed`.
void OnlyFields(const boost::json::object& body, std::initializer_list<std::string_view> allowed);
// A string field of a JSON body; "" for an absent optional one. Throws
// ApiError(400) when a required one is absent or any is not a string.
std::string StringField(const boost::json::object& body, std::string_view name, bool required);

// Throws app::Refusal(kNotAllowed) unless the session's role may take the
// action at all (for actions that are not about one org or member).
void RequireRoleAllows(const Session& session, Action action);

// The characters a downloaded file's name may hold: letters, digits, '.',
// '_' and '-' (never a path separator or a quote).
bool IsPlainFileNameChar(char c);
// Marks the response as a download named `name` (plain characters only).
void AttachAs(Response& response, std::string_view name);

// 429 with Retry-After: `what` failed too often ("Đăng nhập sai"), try again later.
Response TooManyAttempts(std::string_view what, std::chrono::seconds wait);

}  // namespace tochuc::http
