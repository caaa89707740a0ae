// Randomized comparison of the engine's reports with the reference reports:
// for many random valid ledgers (random_ledger.h) and random queries, every
// answer must be the same, and every stock-flow row must balance.
//
// Seeds run in shards (one test per shard, so ctest can run them in
// parallel). TOCHUC_REF_SEEDS sets the seeds per shard (default 40) and
// TOCHUC_REF_FIRST_SEED the first seed (default 1), to explore further;
// TOCHUC_REF_NESTED_MERGES=0 keeps an org and its descendant out of one merge:
//   TOCHUC_REF_SEEDS=2000 ./report_reference_test
// On a disagreement the test prints the seed, the query, the differences,
// a shrunk ledger in the ledger format that still shows them, and the path of
// the full ledger written to a temporary file.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "domain/read_model_builder.h"
#include "io/event_json.h"
#include "random_ledger.h"
#include "random_queries.h"
#include "reference_reports.h"
#include "report_comparison.h"

namespace tochuc::reference {
namespace {

constexpr int kShards = 8;

// Every event as a ledger line (ledger-format.md), one a line, so that a
// person can import the ledger and reproduce a failure with `tochuc`.
std::string LedgerText(const std::vector<Event>& events) {
  std::string out;
  for (const Event& event : events) out += boost::json::serialize(io::EventToJson(event)) + "\n";
  return out;
}

uint64_t EnvNumber(const char* name, uint64_t fallback) {
  const char* text = std::getenv(name);
  return text ? std::strtoull(text, nullptr, 10) : fallback;
}

// What the ledgers and queries exercised, so that a reader can see the test
// is not vacuous.
struct Coverage {
  int ledgers = 0;
  int64_t events = 0;
  int64_t merges = 0;
  int64_t nested_merges = 0;  // an org merged together with its own descendant
  int64_t moves = 0;
  int queries = 0;
  int reorganizing_queries = 0;  // period stock-flow with a row or total reorganized
};

void Count(const std::vector<Event>& events, Coverage& coverage) {
  ++coverage.ledgers;
  coverage.events += static_cast<int64_t>(events.size());
  Replayer r(events);
  while (r.HasNext()) {
    const Event& e = r.Peek();
    if (e.type == EventType::kOrgMoved) ++coverage.moves;
    if (e.type == EventType::kOrgMerged) {
      ++coverage.merges;
      bool nested = false;
      for (const std::string& a : e.orgs) {
        for (const std::string& b : e.orgs) nested = nested || (a != b && r.IsUnder(b, a));
      }
      coverage.nested_merges += nested;
    }
    r.Step();
  }
}

class RandomLedgers : public ::testing::TestWithParam<int> {};

TEST_P(RandomLedgers, EngineAgreesWithReference) {
  const uint64_t seeds = EnvNumber("TOCHUC_REF_SEEDS", 40);
  const uint64_t first_seed = EnvNumber("TOCHUC_REF_FIRST_SEED", 1);
  Coverage coverage;
  int failing_seeds = 0;
  for (uint64_t seed_idx = 0; seed_idx < seeds; ++seed_idx) {
    const uint64_t seed = first_seed + seed_idx * kShards + static_cast<uint64_t>(GetParam());
    const std::vector<Event> events =
        RandomLedger(seed, OptionsFor(seed, EnvNumber("TOCHUC_REF_NESTED_MERGES", 1) != 0));
    ASSERT_TRUE(IsValidLedger(events)) << "the generator made an invalid ledger, seed " << seed;
    Count(events, coverage);
    const ReadModel model = BuildReadModel(events);
    for (const Query& query : RandomQueries(seed, events, model)) {
      ++coverage.queries;
      if (query.kind == Query::Kind::kStockFlow && query.structure == Structure::kPeriod) {
        const StockFlowReport report = ComputeStockFlow(model, *model.FindOrg(query.org),
                                                        query.from, query.to, query.structure);
        auto moved = [](const StockFlowCounts& c) {
          return c.reorganized_in + c.reorganized_out > 0;
        };
        bool reorganized = moved(report.total.counts);
        for (const StockFlowRow& row : report.rows) reorganized = reorganized || moved(row.counts);
        coverage.reorganizing_queries += reorganized;
      }
      const std::string diff = CompareWithReference(events, model, query);
      if (diff.empty()) continue;
      ++failing_seeds;
      std::string report = fmt::format(
          "seed {}: {}\n{}(to rerun this seed alone: TOCHUC_REF_FIRST_SEED={} TOCHUC_REF_SEEDS=1 "
          "report_reference_test --gtest_filter='*RandomLedgers*/{}')\n",
          seed, query.Describe(), diff, seed - static_cast<uint64_t>(GetParam()), GetParam());
      const std::string path = ::testing::TempDir() + fmt::format("reference_seed_{}.jsonl", seed);
      std::ofstream(path) << LedgerText(events);
      if (failing_seeds == 1) {  // shrinking takes seconds: the first failure only
        Query narrow = query;
        const std::vector<Event> small = ShrinkLedger(events, &narrow);
        report += fmt::format(
            "shrunk ledger ({} of {} events; the full one is in {}):\n{}"
            "differences on the shrunk ledger for {}:\n{}",
            small.size(), events.size(), path, LedgerText(small), narrow.Describe(),
            CompareWithReference(small, BuildReadModel(small), narrow));
      } else {
        report += fmt::format("full ledger in {}\n", path);
      }
      ADD_FAILURE() << report;
      break;  // one query per seed is enough to reproduce
    }
  }
  std::cout << fmt::format(
      "[shard {}] {} ledgers, {} events, {} moves, {} merges ({} nested), {} queries ({} period "
      "stock-flow with a reorganized row), {} seeds disagreeing\n",
      GetParam(), coverage.ledgers, coverage.events, coverage.moves, coverage.merges,
      coverage.nested_merges, coverage.queries, coverage.reorganizing_queries, failing_seeds);
}

INSTANTIATE_TEST_SUITE_P(Shards, RandomLedgers, ::testing::Range(0, kShards));

}  // namespace
}  // namespace tochuc::reference
