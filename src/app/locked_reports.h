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

#include "app/unit_report.h"
#include "domain/late_events.h"
#include "domain/report_form.h"
#include "domain/report_review_store.h"

namespace tochuc::app {

struct LockedReport {
  ReportingPeriod period;
  std::string approved_by, approved_at;  // the step that locked it
  // The stock and flow as locked, read from the submitted snapshot.
  LockedClosings closings;
  StockFlowCounts total;
  // The last ledger line the figures include; nullopt for a snapshot taken
  // before snapshots said so.
  std::optional<uint64_t> ledger_seq;
};

// The unit's report in `period` as its steps leave it, when it is locked.
std::optional<LockedReport> LockedReportFrom(const ReportingPeriod& period,
                                             const UnitReport& report);
// The unit's report in `period`, when it is locked.
std::optional<LockedReport> LockedReportOf(ReportReviewStore& store, const ReportingPeriod& period,
                                           std::string_view code);

// The unit's locked report for a period ending on `day`; of several, the
// one whose figures were taken last.
std::optional<LockedReport> LockedReportEnding(ReportReviewStore& store, std::string_view code,
                                               Date day);

// The stock-and-flow report's JSON; with `locked_before` when it opens
// where `locked_before` closed (a report by the period's tree only: today's
// tree moves the opening with every reorganization since): the locked
// period, its closing and each row's, and the adjustment by which the
// report's opening differs (late events).
boost::json::object StockFlowJson(const ReadModel& model, const StockFlowReport& report,
                                  const LockedReport* locked_before);
// The report's form, with the same said under its table in Vietnamese.
FilledForm StockFlowFormAgainst(const ReadModel& model, const StockFlowReport& report,
                                const LockedReport* locked_before);

// What a report opens against: `locked` when the report counts by the
// period's tree and starts the day after the locked period ends.
const LockedReport* OpensAgainst(const StockFlowReport& report,
                                 const std::optional<LockedReport>& locked);

}  // namespace tochuc::app
