// Router: which handler answers a method and path. Patterns are literal
// segments and {placeholders} ("/api/v1/orgs/{code}/children"); a
// placeholder matches one segment, handed to the handler in order.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/message.h"

namespace tochuc::http {

using Handler = std::function<Response(Request&)>;

// How a route runs: on the I/O threads (answers in microseconds from
// memory) or on the worker pool (hashing a password, SQLite, big reports).
enum class RunOn : uint8_t { kIoThread, kWorkerPool };

// For a route that takes a file: asked once the header is in, before any of
// the body is read; a response refuses the request with it (who may not
// upload never gets to send gigabytes). The request has no body yet.
using Admission = std::function<std::optional<Response>(Request&)>;

struct Route {
  std::string method;
  std::string pattern;
  RunOn run_on = RunOn::kIoThread;
  Handler handler;
  Admission admit;  // set: the route takes a file, up to ServerOptions::upload_limit
};

class Router {
 public:
  void Add(std::string method, std::string pattern, RunOn run_on, Handler handler,
           Admission admit = {});

  struct Match {
    const Route* route = nullptr;     // null: no route for this method and path
    bool path_known = false;          // some route has this path (with another method)
    std::vector<std::string> params;  // the placeholders' values
  };
  Match Find(std::string_view method, const std::vector<std::string>& path) const;

  // Answers every GET that no route matches, outside /api (the web UI's
  // files and its routes).
  void SetFallback(RunOn run_on, Handler handler);

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
  std::vector<std::vector<std::string>> split_;  // each route's pattern in segments
  std::optional<Route> fallback_;
};

}  // namespace tochuc::http
