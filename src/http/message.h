// Request and Response: what a route handler sees of HTTP, without Beast's
// types, so handlers compile fast and test without a socket.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tochuc::http {

struct Request {
  std::string method;                                      // "GET", "POST", ...
  std::vector<std::string> path;                           // decoded segments
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::string body;
  std::string cookie;               // the Cookie header
  std::string csrf_token;           // the X-CSRF-Token header
  std::string content_type;         // without parameters, lower case
  std::string peer;                 // the client's address
  std::vector<std::string> params;  // the route's {placeholders}, in order

  // The first value of a query parameter.
  std::optional<std::string_view> Query(std::string_view name) const;
  bool ChangesState() const { return method != "GET" && method != "HEAD"; }
};

struct Response {
  unsigned status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // Set-Cookie, Retry-After, ...
  std::string user;  // who asked, for the request log; empty when no one signed in
};

}  // namespace tochuc::http
