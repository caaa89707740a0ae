#include "http/server.h"

#include <fmt/format.h>

#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <chrono>
#include <thread>
#include <vector>

#include "http/problem.h"

namespace tochuc::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using BeastRequest = bhttp::request<bhttp::string_body>;
using BeastResponse = bhttp::response<bhttp::string_body>;

constexpr auto kReadTimeout = std::chrono::seconds(30);
constexpr auto kUploadTimeout = std::chrono::minutes(30);
constexpr size_t kHeaderLimit = 16 * 1024;
constexpr auto kDrainPoll = std::chrono::milliseconds(20);
constexpr auto kLinger = std::chrono::seconds(2);
constexpr auto kAcceptPause = std::chrono::milliseconds(50);
constexpr size_t kLingerBytes = size_t{64} << 20;

std::string LowerMediaType(std::string_view content_type) {
  std::string out(content_type.substr(0, content_type.find(';')));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Fills the target's parts; false when it is not an origin-form target.
bool ParseTarget(std::string_view target, Request& request) {
  auto url = boost::urls::parse_origin_form(target);
  if (!url) return false;
  for (auto segment : url->segments()) request.path.push_back(segment);
  for (auto param : url->params()) request.query.emplace_back(param.key, param.value);
  return true;
}

BeastResponse ToBeast(Response&& response, unsigned version, bool keep_alive) {
  BeastResponse out{static_cast<bhttp::status>(response.status), version};
  out.set(bhttp::field::content_type, response.content_type);
  out.set(bhttp::field::cache_control, "no-store");  // unless the response says otherwise
  out.set("X-Content-Type-Options", "nosniff");
  for (auto& [name, value] : response.headers) out.set(name, value);
  out.body() = std::move(response.body);
  out.keep_alive(keep_alive);
  out.prepare_payload();
  return out;
}

// After refusing a body that is still arriving, reads and drops what the
// client sends for a moment before closing: a client that is still writing
// would otherwise get a reset instead of the answer (as nginx's lingering
// close). Bounded in time and bytes.
asio::awaitable<void> DrainBeforeClose(beast::tcp_stream& stream) {
  boost::system::error_code ec;
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  std::array<char, 16384> scratch{};
  size_t drained = 0;
  stream.expires_after(kLinger);
  while (drained < kLingerBytes) {
    auto [read_ec, bytes] =
        co_await stream.async_read_some(asio::buffer(scratch), asio::as_tuple(asio::use_awaitable));
    if (read_ec) break;
    drained += bytes;
  }
}

// Counts a request in progress for as long as it lives, however it ends.
class InFlight {
 public:
  explicit InFlight(std::atomic<int>& count) : count_(count) { ++count_; }
  ~InFlight() { --count_; }
  InFlight(const InFlight&) = delete;
  InFlight& operator=(const InFlight&) = delete;

 private:
  std::atomic<int>& count_;
};

// The parts of the header a handler or an admission check reads.
void TakeHeader(const BeastRequest& message, Request& request) {
  request.cookie = std::string(message[bhttp::field::cookie]);
  request.csrf_token = std::string(message["X-CSRF-Token"]);
  request.content_type = LowerMediaType(message[bhttp::field::content_type]);
}

}  // namespace

struct Server::Impl {
  Impl(const Router& r, ServerOptions o)
      : router(r),
        options(std::move(o)),
        acceptor(io),
        signals(io, SIGTERM, SIGINT),
        workers(static_cast<size_t>(std::max(1, options.worker_threads))) {}

  asio::awaitable<void> Accept();
  asio::awaitable<void> Serve(tcp::socket socket);
  asio::awaitable<Response> Answer(const Route& route, Request& request);
  void BeginStop();
  void RunIo();
  void Log(const Request& request, std::string_view target, const Response& response,
           Clock::time_point start) const;

  const Router& router;
  ServerOptions options;
  asio::io_context io;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  asio::thread_pool workers;
  std::atomic<bool> stopping{false};
  std::atomic<int> in_flight{0};
};

uint16_t Server::Listen() {
  Impl& s = *impl_;
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(s.options.address, ec);
  if (ec) throw std::runtime_error("--listen: '" + s.options.address + "' is not an IP address");
  const tcp::endpoint endpoint(address, s.options.port);
  s.acceptor.open(endpoint.protocol());
  s.acceptor.set_option(asio::socket_base::reuse_address(true));
  s.acceptor.bind(endpoint, ec);
  if (ec) {
    throw std::runtime_error(
        fmt::format("cannot listen on {}:{}: {}", s.options.address, s.options.port, ec.message()));
  }
  s.acceptor.listen(asio::socket_base::max_listen_connections);
  return s.acceptor.local_endpoint().port();
}

void Server::Run() {
  Impl& s = *impl_;
  asio::co_spawn(s.io, s.Accept(), asio::detached);
  s.signals.async_wait([&s](boost::system::error_code ec, int) {
    if (!ec) s.BeginStop();
  });
  std::vector<std::thread> threads;
  for (int idx = 1; idx < s.options.io_threads; ++idx) threads.emplace_back([&s] { s.RunIo(); });
  s.RunIo();
  for (std::thread& thread : threads) thread.join();
  s.workers.join();
}

void Server::Stop() {
  asio::post(impl_->io, [s = impl_.get()] { s->BeginStop(); });
}

Server::Server(const Router& router, ServerOptions options)
    : impl_(std::make_unique<Impl>(router, std::move(options))) {}

Server::~Server() = default;

// Runs the I/O loop; an exception escaping a handler of Asio's own (memory
// running out inside a read) is logged and the loop goes on.
void Server::Impl::RunIo() {
  for (;;) {
    try {
      io.run();
      return;
    } catch (const std::exception& e) {
      if (options.log) options.log(fmt::format("error in the I/O loop: {}", e.what()));
    }
  }
}

// Stops accepting; once no request is in progress, stops the I/O threads
// (idle keep-alive connections are simply closed).
void Server::Impl::BeginStop() {
  if (stopping.exchange(true)) return;
  boost::system::error_code ignored;
  acceptor.close(ignored);
  signals.cancel(ignored);
  auto timer = std::make_shared<asio::steady_timer>(io);
  auto poll = std::make_shared<std::function<void()>>();
  *poll = [this, timer, poll] {
    if (in_flight.load() == 0) {
      io.stop();
      *poll = nullptr;  // breaks the cycle
      return;
    }
    timer->expires_after(kDrainPoll);
    timer->async_wait([poll](boost::system::error_code) {
      if (*poll) (*poll)();
    });
  };
  (*poll)();
}

asio::awaitable<void> Server::Impl::Accept() {
  for (;;) {
    auto [ec, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
    if (ec) {
      if (stopping || ec == asio::error::operation_aborted) co_return;
      // Out of file descriptors, say: try again in a moment, not in a spin.
      asio::steady_timer pause(io, kAcceptPause);
      co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
      continue;
    }
    boost::system::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    asio::co_spawn(io, Serve(std::move(socket)), asio::detached);
  }
}

asio::awaitable<void> Server::Impl::Serve(tcp::socket socket) {
  boost::system::error_code ec;
  const tcp::endpoint remote = socket.remote_endpoint(ec);
  const std::string peer = ec ? "" : remote.address().to_string();
  beast::tcp_stream stream(std::move(socket));
  beast::flat_buffer buffer;
  while (!stopping) {
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(kHeaderLimit);
    // The route, known once the header is in, sets the real limit.
    parser.body_limit(std::max(options.body_limit, options.upload_limit));
    stream.expires_after(kReadTimeout);
    auto [header_ec, header_bytes] = co_await bhttp::async_read_header(
        stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
    if (header_ec) break;  // closed, timed out, or not HTTP: nothing to answer
    const InFlight counted(in_flight);
    const auto start = Clock::now();
    Request request;
    request.peer = peer;
    const std::string target(parser.get().target());
    const bool target_ok = ParseTarget(target, request);
    request.method = std::string(parser.get().method_string());
    const Router::Match match =
        target_ok ? router.Find(request.method, request.path) : Router::Match{};
    const bool takes_file = match.route && match.route->admit;
    const size_t limit = takes_file ? options.upload_limit : options.body_limit;
    const auto declared = parser.content_length();
    TakeHeader(parser.get(), request);
    std::optional<Response> refused;
    if (takes_file) refused = match.route->admit(request);
    boost::system::error_code body_ec;
    if (refused) {
      body_ec = bhttp::error::body_limit;  // not read: the connection closes after the answer
    } else if (declared && *declared > limit) {
      body_ec = bhttp::error::body_limit;
    } else {
      parser.body_limit(limit);
      stream.expires_after(takes_file ? kUploadTimeout : kReadTimeout);
      auto [read_ec, body_bytes] =
          co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
      body_ec = read_ec;
    }
    Response response;
    // A refused body may still be arriving: that connection closes.
    bool keep_alive = !body_ec && parser.get().keep_alive();
    if (refused) {
      response = std::move(*refused);
    } else if (body_ec == bhttp::error::body_limit) {
      response = ProblemResponse(413, "body-too-large",
                                 fmt::format("Nội dung gửi lên quá lớn (tối đa {} byte)", limit));
    } else if (body_ec) {
      break;
    } else if (!target_ok) {
      response = ProblemResponse(400, "bad-target", "Đường dẫn không hợp lệ");
    } else if (!match.route) {
      response = match.path_known
                     ? ProblemResponse(405, "method-not-allowed",
                                       "Phương thức này không dùng được cho đường dẫn này")
                     : ProblemResponse(404, "no-such-route", "Không có đường dẫn này");
    } else {
      request.params = match.params;
      request.body = std::move(parser.get().body());
      response = co_await Answer(*match.route, request);
    }
    keep_alive = keep_alive && !stopping;
    Log(request, target, response, start);
    BeastResponse out = ToBeast(std::move(response), parser.get().version(), keep_alive);
    stream.expires_after(kReadTimeout);
    auto [write_ec, written] =
        co_await bhttp::async_write(stream, out, asio::as_tuple(asio::use_awaitable));
    if (write_ec) break;
    if (!keep_alive) {
      if (!parser.is_done()) co_await DrainBeforeClose(stream);
      break;
    }
  }
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
}

// Runs the handler where its route says; a handler that throws answers 500
// (the message goes to the log, not to the client).
asio::awaitable<Response> Server::Impl::Answer(const Route& route, Request& request) {
  auto run = [&route, &request, this]() -> Response {
    try {
      return route.handler(request);
    } catch (const std::exception& e) {
      if (options.log)
        options.log(fmt::format("error in {} {}: {}", route.method, route.pattern, e.what()));
      return ProblemResponse(500, "internal", "Lỗi máy chủ; yêu cầu chưa được thực hiện");
    }
  };
  if (route.run_on == RunOn::kIoThread) co_return run();
  co_return co_await asio::co_spawn(
      workers, [&run]() -> asio::awaitable<Response> { co_return run(); }, asio::use_awaitable);
}

void Server::Impl::Log(const Request& request, std::string_view target, const Response& response,
                       Clock::time_point start) const {
  if (!options.log) return;
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  // The query string may carry a search text: only the path is logged.
  const std::string_view path = target.substr(0, target.find('?'));
  options.log(fmt::format("{} {} {} {:.3f} ms {} {}", request.method, path, response.status, ms,
                          response.user.empty() ? "-" : response.user, request.peer));
}

}  // namespace tochuc::http
