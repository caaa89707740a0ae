#include "app/unit_report.h"

#include <utility>

namespace tochuc::app {

UnitReport ReportOf(std::string code, std::string name,
                    const std::vector<StoredReviewStep>& steps) {
  UnitReport out{std::move(code), std::move(name), ReviewStatus::kNotSubmitted, {}, {},
                 false,           std::nullopt};
  for (const StoredReviewStep& stored : steps) {
    out.steps.push_back(stored.step);
    if (stored.step.action == ReviewAction::kSubmit) out.submitted = stored.snapshot;
  }
  out.status = StatusAfter(out.steps);
  out.locked = out.status == ReviewStatus::kApproved;
  return out;
}

}  // namespace tochuc::app
