#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/import_ledger.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace tochuc::cli {
namespace {

struct ImportArgs {
  std::string db;
  std::string file;
  size_t max_problems = 100;
  std::string recorded_by = "import";
};

void RunImport(const ImportArgs& args) {
  std::ifstream in(args.file, std::ios::binary);
  if (!in) Fail("cannot open ledger file '" + args.file + "'");
  std::error_code size_error;
  const auto total = std::filesystem::file_size(args.file, size_error);
  const auto started = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  app::ImportOptions options;
  options.recorded_by = args.recorded_by;
  options.progress = [&](size_t bytes) {
    if (size_error || total < (1u << 20)) return;
    std::cerr << fmt::format("reading {:.1f} of {:.1f} MB ({:.0f} %), {:.1f} s\n",
                             static_cast<double>(bytes) / 1e6, static_cast<double>(total) / 1e6,
                             100.0 * static_cast<double>(bytes) / static_cast<double>(total),
                             elapsed());
  };
  options.on_step = [&](std::string_view step, size_t events) {
    if (size_error || total < (1u << 20)) return;
    std::cerr << fmt::format("{} {} events, {:.1f} s\n", step, events, elapsed());
  };
  auto store = OpenStore(args.db);
  const app::ImportResult result = app::ImportLedger(*store, in, options);
  if (!result.problems.empty()) {
    size_t shown = 0;
    for (const io::LineProblem& p : result.problems) {
      if (shown++ == args.max_problems) break;
      std::cerr << fmt::format("line {}: {}: {}\n", p.line, p.problem.field, p.problem.message);
    }
    if (result.problems.size() > args.max_problems) {
      std::cerr << fmt::format("... and {} more problems\n",
                               result.problems.size() - args.max_problems);
    }
    Fail(fmt::format("nothing was imported: {} problem(s) in '{}'", result.problems.size(),
                     args.file),
         kExitRefused);
  }
  std::cerr << fmt::format("imported {} events into {} in {:.2f} s\n", result.imported, args.db,
                           elapsed());
}

}  // namespace

void RegisterImportCommand(CLI::App& app) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App* command = app.add_subcommand(
      "import", "Append a ledger file (JSON Lines) to the database, all or nothing");
  command->add_option("--db", args->db, "SQLite database file (created if missing)")->required();
  command->add_option("file", args->file, "Ledger file, one event per line")->required();
  command->add_option("--max-errors", args->max_problems, "Problems to print at most")
      ->capture_default_str();
  command->add_option("--recorded-by", args->recorded_by, "Who is recording these events")
      ->capture_default_str();
  command->callback([args] { RunImport(*args); });
}

}  // namespace tochuc::cli
