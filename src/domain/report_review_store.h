// ReportReviewStore: where reporting periods and the steps of each unit's
// report are kept (issue 7). The domain owns the interface; src/store
// implements it. Every change carries its audit entry, written in the same
// transaction; nothing stored is ever changed or removed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/audit_entry.h"
#include "domain/date.h"
#include "domain/report_review.h"

namespace tochuc {

struct ReportingPeriod {
  int64_t id = 0;
  std::string title{};
  Date from{}, to{};
  std::string opened_by{}, opened_at{};
};

struct StoredReviewStep {
  int64_t period = 0;
  std::string org{};
  ReviewStep step{};
  std::string snapshot{};  // submit: the report's JSON as submitted
};

class ReportReviewStore {
 public:
  virtual ~ReportReviewStore() = default;

  // Stores the period (its id and opened_at are the store's); returns its id.
  virtual int64_t OpenPeriod(const ReportingPeriod& period, const AuditEntry& audit) = 0;
  virtual std::vector<ReportingPeriod> ListPeriods() = 0;  // by id
  virtual std::optional<ReportingPeriod> FindPeriod(int64_t id) = 0;
  // Every step of the unit's report in the period, in the order taken.
  virtual std::vector<StoredReviewStep> StepsOf(int64_t period, std::string_view org) = 0;
  // Appends the step (its `at` is the store's) when the unit's report has
  // exactly `steps_seen` steps, the ones the rules were checked against;
  // false, and nothing written, when another step came in between.
  virtual bool AppendStep(const StoredReviewStep& step, size_t steps_seen,
                          const AuditEntry& audit) = 0;
};

}  // namespace tochuc
