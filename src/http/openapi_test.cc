// The OpenAPI document and the router list the same operations.
#include "http/openapi.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <set>

#include "app/load_ledger.h"
#include "http/api_context.h"
#include "store/sqlite/sqlite_ledger_store.h"

namespace tochuc::http {
namespace {

namespace json = boost::json;
using Operation = std::pair<std::string, std::string>;  // method in capitals, path

std::set<Operation> DocumentedOperations() {
  std::set<Operation> out;
  const json::value document = json::parse(OpenApiDocument());
  for (const auto& [path, operations] : document.at("paths").as_object()) {
    for (const auto& [method, operation] : operations.as_object()) {
      std::string upper(method);
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out.emplace(upper, std::string(path));
    }
  }
  return out;
}

TEST(OpenApiTest, DocumentsExactlyTheRoutesServed) {
  const std::filesystem::path db = std::filesystem::temp_directory_path() /
                                   ("openapi_test_" + std::to_string(::getpid()) + ".db");
  {
    store::SqliteLedgerStore store(db.string());
    std::unique_ptr<app::LiveReadModel> live = app::LoadLiveReadModel(store);
    app::EventRecorder recorder(store, *live);
    app::ConnectionPool connections([]() -> app::Connection { throw std::logic_error("unused"); });
    Sessions sessions(std::chrono::seconds(60), std::chrono::seconds(60));
    LoginThrottle throttle(LoginThrottle::Limits{});
    ImportJobs imports(recorder);
    ApiContext context{*live, recorder, connections, sessions, throttle, imports};
    Router router;
    AddApiRoutes(router, context);

    std::set<Operation> served;
    for (const Route& route : router.routes()) served.emplace(route.method, route.pattern);
    EXPECT_EQ(served, DocumentedOperations());
    EXPECT_EQ(served.size(), router.routes().size()) << "a route is added twice";
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
}

}  // namespace
}  // namespace tochuc::http
