#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>

#include "app/verify_store.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace tochuc::cli {

void RegisterVerifyCommand(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "verify",
      "Rebuild the current state from the ledger and compare it with the database; check the "
      "audit log's chain");
  command->add_option("--db", *db, "SQLite database file")->required()->check(CLI::ExistingFile);
  command->callback([db] {
    auto store = OpenStore(*db);
    auto audit = OpenAuditLog(*db);
    const app::VerifyResult result = app::VerifyStore(*store, *audit);
    for (const std::string& difference : result.differences) std::cout << difference << '\n';
    for (const std::string& problem : result.audit_problems) std::cout << problem << '\n';
    std::vector<std::string> found;
    if (!result.differences.empty()) {
      found.push_back(fmt::format("{} difference(s) between the ledger and the projections",
                                  result.differences.size()));
    }
    if (!result.audit_problems.empty()) {
      found.push_back(
          fmt::format("{} sign(s) of tampering with the audit log", result.audit_problems.size()));
    }
    if (!found.empty()) Fail(fmt::format("{}", fmt::join(found, "; ")), kExitRefused);
    std::cout << fmt::format(
        "ok: {} events; the projections match the ledger; the audit log is whole and accounts "
        "for every ledger line\n",
        result.events);
  });
}

}  // namespace tochuc::cli
