// Server: the HTTP/1.1 server of `tochuc serve` on Boost.Beast, with C++20
// coroutines on a few I/O threads and a worker pool for the routes that
// would hold an I/O thread (RunOn::kWorkerPool).
//
// It owns nothing of the product: it parses requests into http::Request,
// answers unknown paths and methods, body limits and handler failures with
// problem details, and passes everything else to the router.
//
// Stop() (and SIGTERM or SIGINT while Run() waits) stops accepting, lets the
// requests in progress finish and then returns from Run().
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "http/router.h"

namespace tochuc::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  uint16_t port = 8080;  // 0: any free port (tests)
  int io_threads = 2;
  int worker_threads = 2;
  size_t body_limit = 1 << 20;            // bytes of a JSON request body
  size_t upload_limit = size_t{4} << 30;  // bytes of a route that takes a file (see Route)
  // One line per request: method, target, status, milliseconds, user.
  std::function<void(std::string_view)> log;
};

class Server {
 public:
  Server(const Router& router, ServerOptions options);
  ~Server();

  // Binds the address and starts listening; throws std::runtime_error when
  // it cannot. Returns the port (the one chosen when options.port is 0).
  uint16_t Listen();
  // Serves until Stop(), SIGTERM or SIGINT; then finishes the requests in
  // progress and returns.
  void Run();
  // Safe from any thread and from a signal's handler thread.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tochuc::http
