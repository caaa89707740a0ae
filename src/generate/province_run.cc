#include "generate/province_run.h"

#include <algorithm>
#include <cmath>

#include "generate/district_abolition.h"
#include "generate/opening_balance.h"

namespace tochuc::generate {
namespace {

// The size the rates of tree changes are given for (OrgChanges).
constexpr double kReferenceMembers = 75'000;

bool IsOrgChange(ActionKind kind) {
  switch (kind) {
    case ActionKind::kNewCell:
    case ActionKind::kRenameOrg:
    case ActionKind::kMoveCell:
    case ActionKind::kDissolveCell:
    case ActionKind::kMergeHamlets: return true;
    default: return false;
  }
}

}  // namespace

ProvinceRun::ProvinceRun(const ProvinceSetup& setup, const EventSink& sink)
    : timeline_(setup.timeline),
      rng_(setup.seed),
      members_(std::max<int64_t>(setup.members, 1)),
      opening_(std::llround(static_cast<double>(members_) * setup.opening_share)),
      plan_(PlanOrgTree(rng_, members_, opening_, setup.identity)),
      state_(std::move(plan_.codes), std::move(plan_.places), setup.identity.code_prefix),
      writer_(state_, sink),
      flows_(rng_, writer_, queue_, {opening_, members_, timeline_.opening, timeline_.closing},
             setup.exchange),
      changes_(rng_, writer_, queue_, static_cast<double>(members_) / kReferenceMembers,
               plan_.hamlet_word, plan_.urban_block_word) {}

void ProvinceRun::Step(Date day) {
  if (day == timeline_.opening) {
    OpenLedger(day, plan_, rng_, writer_, queue_);
    plan_.orgs = {};  // the state holds the tree from here on
  }
  if (day.day() == 1) PlanMonth(day);
  if (day == timeline_.districts_abolished) AbolishDistricts(day, rng_, writer_);
  while (queue_.HasDue(day)) {
    const Action action = queue_.Pop();
    if (IsOrgChange(action.kind)) {
      changes_.Execute(action);
    } else {
      flows_.Execute(action);
    }
  }
}

void ProvinceRun::PlanMonth(Date first_day) {
  // Nothing else happens on the opening day: it holds the opening balances.
  const Date not_before = first_day == timeline_.opening ? first_day.AddDays(1) : first_day;
  if (first_day.month() == 1) flows_.PlanYear(first_day);
  flows_.PlanMonth(first_day, not_before);
  changes_.PlanMonth(first_day, not_before);
}

}  // namespace tochuc::generate
