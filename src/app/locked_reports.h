// A unit's locked report: the figures it submitted for a reporting period
// and a level above approved (issue 7). Later events never change them; the
// next period opens against them (late_events.h) and the lines recorded
// after them are the corrections.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/late_events.h"
#include "domain/report_review_store.h"

namespace tochuc::app {

struct LockedReport {
  ReportingPeriod period;
  std::string snapshot;                  // the four reports' JSON, as submitted
  std::string approved_by, approved_at;  // the step that locked it
};

// The unit's report in `period`, when it is locked.
std::optional<LockedReport> LockedReportOf(ReportReviewStore& store, const ReportingPeriod& period,
                                           std::string_view code);

// The unit's locked report for a period ending on `day`; of several, the
// one whose figures were taken last.
std::optional<LockedReport> LockedReportEnding(ReportReviewStore& store, std::string_view code,
                                               Date day);

// What the snapshot says: the stock-and-flow closings; the total's
// counters; the last ledger line its figures include (nullopt for a
// snapshot taken before snapshots said so).
LockedClosings ClosingsOf(const LockedReport& report);
StockFlowCounts LockedTotalOf(const LockedReport& report);
std::optional<uint64_t> LedgerSeqOf(const LockedReport& report);

// A stock-and-flow report opening where `locked` closed, its
// `locked_before` object: the locked period, its closing and each row's,
// and the adjustment by which the report's opening differs (late events).
boost::json::object LockedBeforeJson(const ReadModel& model, const StockFlowReport& report,
                                     const LockedReport& locked);
// The same said under the report's form, in Vietnamese.
std::string LockedBeforeNote(const StockFlowReport& report, const LockedReport& locked);

}  // namespace tochuc::app
