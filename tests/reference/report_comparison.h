// Comparing the engine's reports with the reference reports
// (reference_reports.h), one query at a time, and shrinking a ledger on which
// they disagree to a small one that still shows the disagreement.
//
// Test-only. Thread-safe (no shared state).
#pragma once

#include <string>
#include <vector>

#include "domain/event.h"
#include "domain/read_model.h"
#include "domain/stock_flow_report.h"

namespace tochuc::reference {

struct Query {
  enum class Kind : uint8_t { kStockFlow, kComposition, kAdmissions, kOrgCounts };
  Kind kind = Kind::kStockFlow;
  std::string org;
  Date from;                                 // unused by composition and org counts
  Date to;                                   // the day, for composition and org counts
  Structure structure = Structure::kPeriod;  // stock-flow only

  // The `tochuc report ...` arguments that ask the same question.
  std::string Describe() const;
};

// Every difference between the engine's answer (from `model`, which must be
// BuildReadModel(events)) and the reference's, one a line; empty when they
// agree. For stock-flow: the total and every child row (each against the
// reference for that child's own subtree), the balance identity of each, and
// the set of child rows (only the total when `with_rows` is false). An org
// the engine does not know gives no differences.
std::string CompareWithReference(const std::vector<Event>& events, const ReadModel& model,
                                 const Query& query, bool with_rows = true);

// True when LedgerState accepts every event in AppliesBefore order.
bool IsValidLedger(const std::vector<Event>& events);

// A sub-ledger of `events` (events dropped, the rest renumbered) that is still
// valid and on which the engine and the reference still disagree; found by
// dropping halves, then smaller and smaller chunks, then single events, while
// the disagreement stays. A stock-flow query is first narrowed to the total
// of the first org whose counts differ (a child row's org, maybe), and
// *query is set to the query the shrunk ledger fails.
// REQUIRES: *query disagrees on `events`.
std::vector<Event> ShrinkLedger(std::vector<Event> events, Query* query);

}  // namespace tochuc::reference
