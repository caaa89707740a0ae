// Reporting periods and the review of each unit's report (issue 7): an
// admin opens a period; the unit's staff submit its figures (a snapshot of
// the four reports for the period, stored with the step); a level above
// returns them with a reason or approves them, which locks the snapshot.
// The rules are the domain's (domain/report_review.h); these use cases find
// who stands where, take the snapshot and keep the steps with their audit
// entries.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/live_read_model.h"
#include "app/unit_report.h"
#include "app/viewer.h"
#include "domain/report_review_store.h"

namespace tochuc::app {

struct PeriodRequest {
  std::string title;
  std::optional<Date> from, to;
};

// Opens a period (admins only); returns its id. Throws Refusal: kNotAllowed,
// or kInvalid naming "title", "from" or "to".
int64_t OpenReportingPeriod(ReportReviewStore& store, const Viewer& viewer,
                            const PeriodRequest& request);

// The report of `code` and those of its live children, for a status board.
// Throws Refusal(kNotFound) for a period or org the viewer cannot see.
std::vector<UnitReport> StatusBoard(const LiveReadModel& live, ReportReviewStore& store,
                                    const User& user, int64_t period, std::string_view code);

// Takes `action` on the report of `code` in `period`, as `user`. Returns the
// status after it. Throws Refusal: kNotFound (period or org), kNotAllowed
// (the rules say who may; their reason in Vietnamese), kInvalid (a return
// without a reason), kConflict (someone else acted on the report meanwhile).
ReviewStatus ActOnReport(const LiveReadModel& live, ReportReviewStore& store, const User& user,
                         int64_t period, std::string_view code, ReviewAction action,
                         const std::string& comment);

}  // namespace tochuc::app
