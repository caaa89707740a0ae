// Events recorded late against a locked report (issue 7): dated on or
// before the end of a period whose figures a unit submitted and the level
// above locked, but recorded after the figures were taken. They are
// accepted like any event; the locked figures stay as they were; the next
// period opens against them, the difference shown as an adjustment; and a
// corrections page lists them. These say which events concern a unit and
// what each row's adjustment is.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "domain/event.h"
#include "domain/read_model.h"
#include "domain/stock_flow_report.h"

namespace tochuc {

// Whether `event` concerns the figures of `unit`'s subtree: a member event
// of a member who stood in it at the end of the day before the event or of
// its day; an org event of an org (or the one merged into) in it then.
// REQUIRES: the model includes the event.
bool ConcernsSubtree(const ReadModel& model, OrgId unit, const Event& event);

// The closings a locked stock-and-flow report gave: the unit's, and its
// child units' by code.
struct LockedClosings {
  int64_t total = 0;
  std::map<std::string, int64_t, std::less<>> by_org{};
};

// A report opening where a locked one closed: each opening minus what was
// locked as its closing (for a child unit the locked report did not have,
// its whole opening), so that for the total and every row
//   locked closing + adjustment + increases − decreases = closing.
struct StockFlowAdjustments {
  int64_t total = 0;
  std::vector<int64_t> rows{};  // by the report's rows
};
StockFlowAdjustments AdjustmentsOf(const ReadModel& model, const StockFlowReport& report,
                                   const LockedClosings& locked);

}  // namespace tochuc
