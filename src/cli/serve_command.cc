// tochuc serve: the HTTP API on the database, with the live read model.
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <iostream>

#include "app/load_ledger.h"
#include "app/record_event.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "http/api_context.h"
#include "http/home_page.h"
#include "http/server.h"
#include "http/static_files.h"
#include "store/sqlite/sqlite_audit_log.h"
#include "store/sqlite/sqlite_ledger_store.h"
#include "store/sqlite/sqlite_report_review_store.h"
#include "store/sqlite/sqlite_user_store.h"

namespace tochuc::cli {
namespace {

struct ServeArgs {
  std::string db, listen = "127.0.0.1:8080";
  std::string web = TOCHUC_WEB_DIST;  // the built web UI
  int threads = 2;
  int session_idle_seconds = 30 * 60;
  int session_lifetime_seconds = 12 * 3600;
  int recheck_user_seconds = 30;
  bool secure_cookies = false;
  bool quiet = false;
};

// "host:port" or "[v6]:port" into the server's options.
void ParseListen(const std::string& listen, http::ServerOptions& options) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos) Fail("--listen: expected HOST:PORT, got '" + listen + "'");
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  int port = -1;
  try {
    port = std::stoi(listen.substr(colon + 1));
  } catch (const std::exception&) {
  }
  if (port < 0 || port > 65535) Fail("--listen: '" + listen + "' has no valid port");
  options.address = host;
  options.port = static_cast<uint16_t>(port);
}

void Serve(const ServeArgs& args) {
  auto log = spdlog::stderr_logger_mt("tochuc");
  log->set_pattern("%Y-%m-%dT%H:%M:%S.%e %v");
  store::SqliteLedgerStore writer_store(args.db);
  log->info("loading the read model of {}", args.db);
  const auto loading = std::chrono::steady_clock::now();
  std::unique_ptr<app::LiveReadModel> live =
      app::LoadLiveReadModel(writer_store, SnapshotPathFor(args.db),
                             [&](std::string_view note) { log->info("{}", note); });
  log->info("read model ready in {:.2f} s",
            std::chrono::duration<double>(std::chrono::steady_clock::now() - loading).count());
  app::EventRecorder recorder(writer_store, *live);
  app::ConnectionPool connections([db = args.db] {
    return app::Connection{std::make_unique<store::SqliteLedgerStore>(db),
                           std::make_unique<store::SqliteUserStore>(db),
                           std::make_unique<store::SqliteAuditLog>(db),
                           std::make_unique<store::SqliteReportReviewStore>(db)};
  });
  http::Sessions sessions(std::chrono::seconds(args.session_idle_seconds),
                          std::chrono::seconds(args.session_lifetime_seconds));
  http::LoginThrottle throttle(http::LoginThrottle::Limits{});
  http::ImportJobs imports(recorder);
  http::ApiContext context{
      *live,    recorder, connections,         sessions,
      throttle, imports,  args.secure_cookies, std::chrono::seconds(args.recheck_user_seconds)};
  http::Router router;
  http::AddApiRoutes(router, context);
  if (http::AddStaticFiles(router, args.web)) {
    log->info("serving the web UI from {}", args.web);
  } else {
    log->info("no web UI in {} (build it with scripts/build): the API only", args.web);
    http::AddHomePage(router);
  }

  http::ServerOptions options;
  ParseListen(args.listen, options);
  options.io_threads = args.threads;
  options.worker_threads = args.threads;
  if (!args.quiet) options.log = [log](std::string_view line) { log->info("{}", line); };
  http::Server server(router, options);
  const uint16_t port = server.Listen();
  const std::string host = options.address.find(':') != std::string::npos
                               ? "[" + options.address + "]"
                               : options.address;
  std::cout << "tochuc đang phục vụ tại http://" << host << ':' << port << "/" << std::endl;
  server.Run();
  log->info("stopped: every request in progress was answered");
}

}  // namespace

void RegisterServeCommand(CLI::App& app) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* command = app.add_subcommand("serve", "Serve the JSON API (and later the web UI)");
  command->add_option("--db", args->db, "SQLite database file")->required();
  command->add_option("--listen", args->listen, "HOST:PORT to listen on (port 0: any free port)")
      ->capture_default_str();
  command->add_option("--threads", args->threads, "I/O threads, and as many workers")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  command
      ->add_option("--session-idle-seconds", args->session_idle_seconds,
                   "Sign a session out after this many seconds without a request")
      ->check(CLI::Range(1, 24 * 3600))
      ->capture_default_str();
  command
      ->add_option("--session-lifetime-seconds", args->session_lifetime_seconds,
                   "Sign a session out this many seconds after sign-in, whatever it does")
      ->check(CLI::Range(1, 30 * 24 * 3600))
      ->capture_default_str();
  command
      ->add_option("--recheck-user-seconds", args->recheck_user_seconds,
                   "Read a signed-in user again after this many seconds (changes made with "
                   "`tochuc user` reach their sessions this late)")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  command->add_flag("--secure-cookies", args->secure_cookies,
                    "Mark cookies Secure (when served behind https)");
  command->add_option("--web", args->web, "Folder of the built web UI (web/dist)")
      ->capture_default_str();
  command->add_flag("--quiet", args->quiet, "No request log");
  command->callback([args] { Serve(*args); });
}

}  // namespace tochuc::cli
