// Internal to the stock-and-flow report: counters per report line, and how
// a flow row adds to them. Line 0 of a unit is its total; its child rows
// follow.
#pragma once

#include <span>
#include <vector>

#include "domain/flow_log.h"
#include "domain/stock_flow_report.h"
#include "domain/subtree_slots.h"

namespace tochuc::stock_flow {

using Field = int64_t StockFlowCounts::*;

// The counter an inflow or outflow adds to; nullptr for transfers and regroups.
Field FieldOf(FlowKind kind);
// Every flow added up with its sign: the change in stock it explains.
int64_t NetFlow(const StockFlowCounts& counts);

class Tally {
 public:
  explicit Tally(size_t lines) : counts_(lines) {}

  // One line per org (today's structure): `unit` is the line of the unit's
  // total the org counts in, `line` its child row (== unit when none); -1
  // outside every unit.
  void Single(int unit, int line, Field field, int64_t members = 1) {
    if (unit < 0) return;
    counts_[static_cast<size_t>(unit)].*field += members;
    if (line != unit) counts_[static_cast<size_t>(line)].*field += members;
  }
  void Cross(int from_unit, int from_line, int to_unit, int to_line, Field in, Field out) {
    if (from_unit != to_unit) {
      if (from_unit >= 0) ++(counts_[static_cast<size_t>(from_unit)].*out);
      if (to_unit >= 0) ++(counts_[static_cast<size_t>(to_unit)].*in);
    }
    if (from_line == to_line) return;
    if (from_line != from_unit) ++(counts_[static_cast<size_t>(from_line)].*out);
    if (to_line != to_unit) ++(counts_[static_cast<size_t>(to_line)].*in);
  }
  // One unit, an org possibly in several of its rows (the period's structure).
  void Add(const Placement& at, Field field, int64_t members) {
    if (at.in_root) counts_[0].*field += members;
    for (int32_t slot : at.Slots()) counts_[static_cast<size_t>(slot)].*field += members;
  }
  void Cross(const Placement& from, const Placement& to, int64_t members, Field in, Field out) {
    if (from.in_root != to.in_root) counts_[0].*(to.in_root ? in : out) += members;
    for (int32_t slot : from.Slots()) {
      if (!to.Has(slot)) counts_[static_cast<size_t>(slot)].*out += members;
    }
    for (int32_t slot : to.Slots()) {
      if (!from.Has(slot)) counts_[static_cast<size_t>(slot)].*in += members;
    }
  }
  std::vector<StockFlowCounts>& counts() { return counts_; }

 private:
  std::vector<StockFlowCounts> counts_;
};

// Today's structure, several units whose today's subtrees do not overlap:
// one pass over the rows serves them all.
std::vector<StockFlowReport> ComputeToday(const ReadModel& model, std::span<const OrgId> units,
                                          Date from, Date to);
// The period's structure, one unit with the given child rows.
std::vector<StockFlowCounts> ComputeInPeriod(const ReadModel& model, OrgId unit, Date from, Date to,
                                             std::span<const OrgId> children);

}  // namespace tochuc::stock_flow
