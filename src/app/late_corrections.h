// The corrections to a unit's locked report (issue 7): the figures as locked
// beside the same figures now, and every ledger line recorded after they
// were taken, dated on or before the period's end, that concerns the unit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/live_read_model.h"
#include "app/locked_reports.h"
#include "domain/ledger_store.h"
#include "domain/user.h"

namespace tochuc::app {

struct LateLine {
  uint64_t seq = 0;
  std::string type, doc, member, member_name, org;
  Date date;
  std::string recorded_at, recorded_by;
};

struct Corrections {
  ReportingPeriod period;
  std::string code, name;  // the unit's
  // Not locked: nothing to correct, and the rest is empty.
  std::optional<LockedReport> locked;
  StockFlowCounts now_total;  // the unit's, over the period, with exactly `lines` since the lock
  // False for figures locked before snapshots said which ledger line they
  // include: the late lines cannot be told apart, and `lines` is empty.
  bool lines_known = false;
  std::vector<LateLine> lines;  // in recording order
};

// Throws Refusal(kNotFound) for a period or org the user cannot see, and
// Refusal(kNotAllowed) for a role that may not read reports. A line's
// member id and name are given only for a member in the user's scope.
Corrections CorrectionsOf(const LiveReadModel& live, ReportReviewStore& reviews,
                          LedgerStore& ledger, const User& user, int64_t period,
                          std::string_view code);

// Sets `corrections` on each locked report of `units` (a status board of
// `period`) whose figures name their ledger line: how many lines recorded
// since, dated on or before the period's end, concern the unit, as
// CorrectionsOf lists them. One read of the late lines for the board.
void CountCorrections(const LiveReadModel& live, LedgerStore& ledger, const ReportingPeriod& period,
                      std::vector<UnitReport>& units);

}  // namespace tochuc::app
