#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "app/export_ledger.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace tochuc::cli {

void RegisterExportCommand(CLI::App& app) {
  struct Args {
    std::string db, out;
  };
  auto args = std::make_shared<Args>();
  CLI::App* command =
      app.add_subcommand("export", "Write the ledger back as JSON Lines, in recording order");
  command->add_option("--db", args->db, "SQLite database file")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("-o,--output", args->out, "Output file (default: standard output)");
  command->callback([args] {
    auto store = OpenStore(args->db);
    if (args->out.empty()) {
      app::ExportLedger(*store, std::cout);
      return;
    }
    // Written beside the target and renamed, so a failed export leaves no half file.
    const std::string partial = args->out + ".partial";
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) Fail("cannot write '" + partial + "'");
    const size_t lines = app::ExportLedger(*store, out);
    out.close();
    if (!out || std::rename(partial.c_str(), args->out.c_str()) != 0) {
      std::remove(partial.c_str());
      Fail("cannot write '" + args->out + "'", kExitRefused);
    }
    std::cerr << fmt::format("exported {} events to {}\n", lines, args->out);
  });
}

}  // namespace tochuc::cli
