// report_bench: times tochuc's report engine on a tochuc SQLite database and
// prints every answer and timing as JSON (one object on stdout), for
// bench/run to compare with the same questions asked of SQLite and
// PostgreSQL in plain SQL (bench/sql/).
//
//   report_bench --db tochuc.db [--repeat N]
//   report_bench --ledger sorted.jsonl [--repeat N] [--snapshot FILE]
//
// With --snapshot the model is written to FILE and read back (timed as
// "snapshot_write_ms" and "snapshot_read_ms") as a report reads it, without
// the directory of names; the workloads then run on that copy and
// "resident_mib" is what it keeps resident: the cold start of a report.
// The read model is loaded once (app::LoadReadModel, timed as "load_ms"):
// from a database as `tochuc report` loads it, from the snapshot beside it
// (built from the ledger and saved when missing or stale); or straight
// from a ledger file in effective order.
// Then each workload runs once untimed (warm-up; its answer is printed) and
// N times timed; "timing" gives the median and p95 in milliseconds.
//
// Workloads, on units and dates derived from the data (workload_choice.cc);
// Y is the last whole calendar year of the ledger:
//   stock_flow_tree        stock and flow of every root of today's tree over
//                          Y, with one row per direct child
//   stock_flow_upper       the same for the live upper committee with the
//                          most members at the end of Y
//   composition_tree       composition of the whole tree at the end of Y (the
//                          tree of that day: every active member), by sex,
//                          status, ethnicity, religion, education, theory
//                          level, youth union, age band and party-age band
//   headcount_all          ReadModel::HeadcountsAt: every org at the end of
//                          30 June of Y-1: members placed directly in it
//   stock_flow_grassroots  stock and flow of the live grassroots committee
//                          with the most members at the end of Y
// Stock and flow use --structure today (ledger-format.md): S is fixed for
// the period, which plain SQL over today's tree can reproduce exactly; the
// tree of the period would need the whole effective-dated tree in SQL.
#include <malloc.h>

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "app/load_ledger.h"
#include "bench/timing.h"
#include "bench/workloads.h"
#include "store/snapshot/read_model_snapshot.h"
#include "store/sqlite/sqlite_ledger_store.h"

namespace tochuc::bench {
namespace {

namespace json = boost::json;
constexpr int kDefaultRepeat = 10;
constexpr int kExitUsage = 2;

ReadModel LoadModel(const std::string& db, const std::string& ledger) {
  if (!db.empty()) {
    // As `tochuc report` loads it: from the snapshot the import saved (or,
    // when that is missing or stale, from the ledger, saving it for next time).
    store::SqliteLedgerStore store(db);
    return app::LoadReadModel(store, db + ".model", /*with_directory=*/false);
  }
  std::ifstream in(ledger, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + ledger);
  return app::LoadReadModel(in);
}

int Main(int argc, char** argv) {
  std::string db, ledger, snapshot;
  int repeat = kDefaultRepeat;
  bool usage_ok = argc % 2 == 1;  // options come in pairs
  for (int arg_idx = 1; usage_ok && arg_idx + 1 < argc; arg_idx += 2) {
    const std::string option = argv[arg_idx];
    if (option == "--db") {
      db = argv[arg_idx + 1];
    } else if (option == "--ledger") {
      ledger = argv[arg_idx + 1];
    } else if (option == "--snapshot") {
      snapshot = argv[arg_idx + 1];
    } else if (option == "--repeat") {
      repeat = std::atoi(argv[arg_idx + 1]);
    } else {
      usage_ok = false;
    }
  }
  if (!usage_ok || db.empty() == ledger.empty() || repeat < 1) {
    std::cerr << "usage: report_bench (--db tochuc.db | --ledger sorted.jsonl) [--repeat N] "
                 "[--snapshot FILE]\n";
    return kExitUsage;
  }

  const Clock::time_point load_start = Clock::now();
  std::optional<ReadModel> model = LoadModel(db, ledger);
  const double load_ms = MillisSince(load_start);
  malloc_trim(0);  // give the builder's freed memory back, so RSS is the model's
  double resident_mib = ResidentMiB();
  json::object snapshot_timing;
  if (!snapshot.empty()) {
    // The cold start of a report: the model as a report loads it (without
    // the directory of names), and what it keeps resident.
    const Clock::time_point write_start = Clock::now();
    ReadModelSnapshot::Write(*model, {}, snapshot);
    snapshot_timing["snapshot_write_ms"] = MillisSince(write_start);
    model.reset();
    malloc_trim(0);
    const Clock::time_point read_start = Clock::now();
    model = ReadModelSnapshot::Read(snapshot, {});
    if (!model) throw std::runtime_error("snapshot unreadable");
    snapshot_timing["snapshot_read_ms"] = MillisSince(read_start);
    snapshot_timing["snapshot_mib"] =
        static_cast<double>(std::filesystem::file_size(snapshot)) / (1 << 20);
    resident_mib = ResidentMiB();
  }

  json::array results;
  for (const auto& workload : ChooseWorkloads(*model)) {
    workload->Run();
    std::vector<double> runs_ms;
    for (int run = 0; run < repeat; ++run) {
      const Clock::time_point start = Clock::now();
      workload->Run();
      runs_ms.push_back(MillisSince(start));
    }
    results.emplace_back(json::object{{"name", workload->Name()},
                                      {"query", workload->Query()},
                                      {"params", workload->Params()},
                                      {"result", workload->ResultJson()},
                                      {"timing", Summary(std::move(runs_ms))}});
  }
  const json::object out{{"db", db.empty() ? ledger : db},
                         {"orgs", model->orgs.size()},
                         {"members", model->members.size()},
                         {"flow_rows", model->flows.size()},
                         {"load_ms", load_ms},
                         {"resident_mib", resident_mib},
                         {"repeat", repeat},
                         {"snapshot", snapshot_timing},
                         {"workloads", std::move(results)}};
  std::cout << json::serialize(out) << '\n';
  return 0;
}

}  // namespace
}  // namespace tochuc::bench

int main(int argc, char** argv) {
  try {
    return tochuc::bench::Main(argc, argv);
  } catch (const std::exception& error) {
    std::cerr << "report_bench: " << error.what() << '\n';
    return 1;
  }
}
