// One unit's report in a reporting period, as its review steps leave it:
// the status, the steps, the figures last submitted, and whether a level
// above approved them, which locks them (issue 7).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/report_review_store.h"

namespace tochuc::app {

struct UnitReport {
  std::string code, name;  // the unit's, read with the rest
  ReviewStatus status = ReviewStatus::kNotSubmitted;
  std::vector<ReviewStep> steps;
  std::string submitted;  // the figures last submitted (JSON), if any
  bool locked = false;    // approved: `submitted` is locked
  // Locked, with the ledger line its figures include: the lines recorded
  // since that change them (CountCorrections, late_corrections.h).
  std::optional<int64_t> corrections;
};

// The report of the unit `code` given its steps in the period, oldest first.
UnitReport ReportOf(std::string code, std::string name, const std::vector<StoredReviewStep>& steps);

}  // namespace tochuc::app
