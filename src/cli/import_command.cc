#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/import_ledger.h"
#include "app/load_ledger.h"
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

// Progress on stderr for files of a megabyte or more, at most once a second.
class ImportProgress {
 public:
  explicit ImportProgress(uintmax_t total_bytes) : total_(total_bytes) {}

  double Elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  }

  void Read(size_t bytes, size_t events) {
    if (!Shown() || Elapsed() < next_at_) return;
    next_at_ = Elapsed() + 1.0;
    const double rate = static_cast<double>(bytes) / 1e6 / std::max(Elapsed(), 1e-3);
    const double left = static_cast<double>(total_ - std::min<uintmax_t>(total_, bytes)) / 1e6;
    std::cerr << fmt::format(
        "read {:.0f} of {:.0f} MB ({:.0f} %), {} events, {:.1f} MB/s, about {:.0f} s left\n",
        static_cast<double>(bytes) / 1e6, static_cast<double>(total_) / 1e6,
        100.0 * static_cast<double>(bytes) / static_cast<double>(total_), events, rate,
        left / std::max(rate, 1e-3));
  }

  void Step(std::string_view step, size_t events) const {
    if (!Shown()) return;
    std::cerr << fmt::format("{} ({} events), {:.1f} s\n", StepName(step), events, Elapsed());
  }

 private:
  static std::string_view StepName(std::string_view step) {
    if (step == "replaying") return "the file is not in date order: checking it again in order";
    if (step == "writing") return "committing, and laying out the read model";
    return step;
  }
  bool Shown() const { return total_ >= (1u << 20); }

  uintmax_t total_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  double next_at_ = 1.0;
};

void RunImport(const ImportArgs& args) {
  std::ifstream in(args.file, std::ios::binary);
  if (!in) Fail("cannot open ledger file '" + args.file + "'");
  std::error_code size_error;
  const uintmax_t total = std::filesystem::file_size(args.file, size_error);
  ImportProgress progress(size_error ? 0 : total);
  app::ImportOptions options;
  options.recorded_by = args.recorded_by;
  options.progress = [&](size_t bytes, size_t events) { progress.Read(bytes, events); };
  options.on_step = [&](std::string_view step, size_t events) { progress.Step(step, events); };
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
  app::SaveSnapshot(*store, *result.model, *result.state, SnapshotPathFor(args.db),
                    [](std::string_view note) { std::cerr << note << '\n'; });
  std::cerr << fmt::format("imported {} events into {} in {:.2f} s\n", result.imported, args.db,
                           progress.Elapsed());
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
