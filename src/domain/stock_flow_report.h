// The stock-and-flow report (ledger-format.md § Stock and flow, exactly): for
// a unit and each of its direct children, members at the start and end of a
// period and every flow between, such that
//   closing = opening + admitted + readmitted + registered + transferred_in
//             + reorganized_in - transferred_out - reorganized_out - removed
//             - expelled - died - probation_removed.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/read_model.h"
#include "domain/subtree_slots.h"

namespace tochuc {

struct StockFlowCounts {
  int64_t opening = 0;
  int64_t admitted = 0;
  int64_t readmitted = 0;
  int64_t registered = 0;
  int64_t transferred_in = 0;
  int64_t reorganized_in = 0;
  int64_t transferred_out = 0;
  int64_t reorganized_out = 0;
  int64_t removed = 0;
  int64_t expelled = 0;
  int64_t died = 0;
  int64_t probation_removed = 0;
  int64_t closing = 0;

  // True when closing equals opening plus every flow.
  bool Balances() const;
  bool operator==(const StockFlowCounts&) const = default;
};

// Every counter with its name in ledger-format.md's order, for code that
// goes through them all (forms, JSON, comparisons).
inline constexpr std::array<std::pair<std::string_view, int64_t StockFlowCounts::*>, 13>
    kStockFlowCounters = {{
        {"opening", &StockFlowCounts::opening},
        {"admitted", &StockFlowCounts::admitted},
        {"readmitted", &StockFlowCounts::readmitted},
        {"registered", &StockFlowCounts::registered},
        {"transferred_in", &StockFlowCounts::transferred_in},
        {"reorganized_in", &StockFlowCounts::reorganized_in},
        {"transferred_out", &StockFlowCounts::transferred_out},
        {"reorganized_out", &StockFlowCounts::reorganized_out},
        {"removed", &StockFlowCounts::removed},
        {"expelled", &StockFlowCounts::expelled},
        {"died", &StockFlowCounts::died},
        {"probation_removed", &StockFlowCounts::probation_removed},
        {"closing", &StockFlowCounts::closing},
    }};

struct StockFlowRow {
  OrgId org{};
  StockFlowCounts counts;
};

struct StockFlowReport {
  OrgId org{};
  Date from, to;
  Structure structure = Structure::kPeriod;
  StockFlowRow total;
  std::vector<StockFlowRow> rows;  // one per direct child
};

// Counts for the subtree of `org` over [from, to].
// REQUIRES: from <= to.
StockFlowCounts CountStockFlow(const ReadModel& model, OrgId org, Date from, Date to,
                               Structure structure);

// The report with one row per direct child of `org` (every child it had in
// the period, or its children in today's tree) and the total for `org`.
StockFlowReport ComputeStockFlow(const ReadModel& model, OrgId org, Date from, Date to,
                                 Structure structure);

// The reports of several units, each as ComputeStockFlow gives it (every
// root: the whole deployment). In today's structure, units whose subtrees
// do not overlap share one pass over the period's rows.
std::vector<StockFlowReport> ComputeStockFlows(const ReadModel& model, std::span<const OrgId> orgs,
                                               Date from, Date to, Structure structure);

}  // namespace tochuc
