#include <fmt/format.h>

#include <iostream>

#include "app/verify_store.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace tochuc::cli {

void RegisterVerifyCommand(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "verify", "Rebuild the current state from the ledger and compare it with the database");
  command->add_option("--db", *db, "SQLite database file")->required()->check(CLI::ExistingFile);
  command->callback([db] {
    auto store = OpenStore(*db);
    const app::VerifyResult result = app::VerifyStore(*store);
    for (const std::string& difference : result.differences) std::cout << difference << '\n';
    if (!result.differences.empty()) {
      Fail(fmt::format("{} difference(s) between the ledger and the projections",
                       result.differences.size()),
           kExitRefused);
    }
    std::cout << fmt::format("ok: {} events; the projections match the ledger\n", result.events);
  });
}

}  // namespace tochuc::cli
