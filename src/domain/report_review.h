// Each level sends its figures up, and the level above reviews them (issue
// 7): a unit's report for a reporting period is submitted by the unit,
// returned with a comment or approved by a level above it; approved, it is
// locked, a stored snapshot later events never change (as DHIS2's data
// approval does). These are the rules of that workflow; the store keeps the
// steps, each with who took it and when.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/problem.h"
#include "domain/user.h"

namespace tochuc {

enum class ReviewStatus {
  kNotSubmitted,
  kSubmitted,
  kReturned,  // sent back to the unit with a comment; it may submit again
  kApproved,  // locked
};

enum class ReviewAction { kSubmit, kReturn, kApprove };

std::string_view ReviewStatusName(ReviewStatus status);  // "not_submitted", "submitted", ...
std::string_view ReviewActionName(ReviewAction action);  // "submit", "return", "approve"
std::optional<ReviewAction> ParseReviewAction(std::string_view name);

// Where the one acting stands against the unit whose report it is.
enum class ReviewerPlace {
  kTheUnit,     // their org is the unit itself
  kLevelAbove,  // their org is an ancestor of the unit (its parent or higher)
  kElsewhere,   // outside the unit's line
};

struct ReviewStep {
  ReviewAction action = ReviewAction::kSubmit;
  std::string by{};       // login
  std::string at{};       // UTC, ISO 8601
  std::string comment{};  // why a report was returned; optional otherwise
};

// The status after the steps taken, in order.
ReviewStatus StatusAfter(const std::vector<ReviewStep>& steps);

// Why `role`, at `place` against the unit, may not take `action` on a report
// in `status` (with `comment`); empty when it may. Submitting is the unit's
// (its staff, or an admin); returning and approving are a level above's, and
// only for a submitted report; returning needs a comment; an approved report
// is locked.
Problems CheckReviewAction(ReviewStatus status, ReviewAction action, Role role, ReviewerPlace place,
                           const std::string& comment);

}  // namespace tochuc
