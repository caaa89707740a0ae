// update_bench: times recording events into a live read model
// (app::LiveReadModel) at the scale of a tochuc database, and prints the
// figures as JSON (one object on stdout) for bench/run.
//
//   update_bench --db tochuc.db [--events N] [--seed S]
//
// Loads the live model by replaying the stored ledger ("load_ms"), then
// records N member events dated from the last event's day on (update_events.h),
// each timed from the call to Record() until it returns, when reports see it
// ("record"; "locked" is how long readers were kept out). The reports of
// report_bench run before and after ("reports_before", "reports_after": the
// rows recorded since the last layout are read from the log). Then one
// restructure, a province merged into another: "restructure_ms" is the whole
// Record() (copy, new layout, swap) and "restructure_locked_ms" the swap.
// After each step the active members counted from the flow rows must equal
// those counted from the members' spells; "consistent" says whether they did.
#include <fmt/format.h>
#include <malloc.h>

#include <boost/json/serialize.hpp>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "app/load_ledger.h"
#include "bench/timing.h"
#include "bench/update_events.h"
#include "bench/workloads.h"
#include "store/sqlite/sqlite_ledger_store.h"

namespace tochuc::bench {
namespace {

namespace json = boost::json;

constexpr int kDefaultEvents = 20'000;
constexpr int kReportRepeat = 5;
constexpr int kExitUsage = 2;

// Median time of each report workload, by name.
json::object TimeReports(const app::LiveReadModel& live) {
  return live.Read([](const ReadModel& model) {
    json::object medians;
    for (const auto& workload : ChooseWorkloads(model)) {
      workload->Run();
      std::vector<double> runs_ms;
      for (int run = 0; run < kReportRepeat; ++run) {
        const Clock::time_point start = Clock::now();
        workload->Run();
        runs_ms.push_back(MillisSince(start));
      }
      medians[workload->Name()] = Summary(std::move(runs_ms), false)["median_ms"];
    }
    return medians;
  });
}

// Active members at the end of the last event's day, from the flow rows and
// from the spells; equal when the model is whole.
std::pair<int64_t, int64_t> ActiveMembersTwoWays(const ReadModel& model) {
  const Date day = *model.last_event_date;
  int64_t from_rows = 0, from_spells = 0;
  for (int32_t members : model.HeadcountsAt(day)) from_rows += members;
  for (uint32_t idx = 0; idx < model.members.size(); ++idx) {
    const std::optional<Spell> spell = model.members.SpellAt(static_cast<MemberId>(idx), day);
    from_spells += spell && spell->active;
  }
  return {from_rows, from_spells};
}

int Main(int argc, char** argv) {
  std::string db;
  int events = kDefaultEvents;
  uint64_t seed = 1;
  bool usage_ok = argc % 2 == 1;
  for (int arg_idx = 1; usage_ok && arg_idx + 1 < argc; arg_idx += 2) {
    const std::string option = argv[arg_idx];
    if (option == "--db") {
      db = argv[arg_idx + 1];
    } else if (option == "--events") {
      events = std::atoi(argv[arg_idx + 1]);
    } else if (option == "--seed") {
      seed = std::strtoull(argv[arg_idx + 1], nullptr, 10);
    } else {
      usage_ok = false;
    }
  }
  if (!usage_ok || db.empty() || events < 1) {
    std::cerr << "usage: update_bench --db tochuc.db [--events N] [--seed S]\n";
    return kExitUsage;
  }

  const Clock::time_point load_start = Clock::now();
  std::unique_ptr<app::LiveReadModel> live;
  {
    store::SqliteLedgerStore store(db);
    live = app::LoadLiveReadModel(store);
  }
  const double load_ms = MillisSince(load_start);
  malloc_trim(0);
  const double resident_mib = ResidentMiB();
  const json::object reports_before = TimeReports(*live);

  UpdateEvents updates =
      live->Read([&](const ReadModel& model) { return UpdateEvents(model, seed); });
  std::vector<double> record_ms, locked_ms;
  int refused = 0, laid_out = 0;
  std::string first_refusal;
  std::pair<double, std::string> slowest{0, ""};
  for (int event_idx = 0; event_idx < events; ++event_idx) {
    const Event event = updates.Next();
    const Clock::time_point start = Clock::now();
    const Problems problems = live->Record(event);
    record_ms.push_back(MillisSince(start));
    if (record_ms.back() > slowest.first) {
      slowest = {record_ms.back(), fmt::format("event {}: {} on {}", event_idx,
                                               EventTypeName(event.type), event.date.ToString())};
    }
    locked_ms.push_back(live->last_timing().locked_ms);
    laid_out += live->last_timing().laid_out;
    if (!problems.empty() && refused++ == 0) {
      first_refusal = problems.front().field + ": " + problems.front().message;
    }
  }
  const auto [rows_after, spells_after] = live->Read(ActiveMembersTwoWays);
  const json::object reports_after = TimeReports(*live);

  json::object restructure;
  if (const std::optional<Event> merge = updates.ProvinceMerge()) {
    const Clock::time_point start = Clock::now();
    const Problems problems = live->Record(*merge);
    restructure["ms"] = MillisSince(start);
    restructure["locked_ms"] = live->last_timing().locked_ms;
    restructure["merged"] = merge->orgs.front() + " into " + merge->into;
    if (!problems.empty()) restructure["refused"] = problems.front().message;
    const auto [rows, spells] = live->Read(ActiveMembersTwoWays);
    restructure["consistent"] = rows == spells && rows == rows_after;
    restructure["reports_after"] = TimeReports(*live);
  }

  const json::object out{{"db", db},
                         {"load_ms", load_ms},
                         {"resident_mib", resident_mib},
                         {"events", events},
                         {"refused", refused},
                         {"first_refusal", first_refusal},
                         {"laid_out", laid_out},
                         {"record", Summary(std::move(record_ms), false)},
                         {"locked", Summary(std::move(locked_ms), false)},
                         {"slowest", slowest.second},
                         {"consistent", rows_after == spells_after},
                         {"active_members", rows_after},
                         {"reports_before", reports_before},
                         {"reports_after", reports_after},
                         {"restructure", restructure}};
  std::cout << json::serialize(out) << '\n';
  return 0;
}

}  // namespace
}  // namespace tochuc::bench

int main(int argc, char** argv) {
  try {
    return tochuc::bench::Main(argc, argv);
  } catch (const std::exception& error) {
    std::cerr << "update_bench: " << error.what() << '\n';
    return 1;
  }
}
