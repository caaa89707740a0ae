#include "generate/province_generator.h"

#include <algorithm>
#include <cmath>

#include "generate/action_queue.h"
#include "generate/calendar.h"
#include "generate/district_abolition.h"
#include "generate/ledger_writer.h"
#include "generate/member_flows.h"
#include "generate/opening_balance.h"
#include "generate/org_changes.h"
#include "generate/org_tree_plan.h"
#include "generate/province_state.h"
#include "generate/random.h"

namespace tochuc::generate {
namespace {

// Share of the final members already there when the ledger opens: about a
// year's net growth of 1.2 % compounded over the eleven years.
constexpr double kOpeningShare = 0.88;
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

// The day-by-day run of one province. Owns everything the generator keeps.
class ProvinceRun {
 public:
  ProvinceRun(const ProvinceOptions& options, const EventSink& sink)
      : rng_(options.seed),
        members_(std::max<int64_t>(options.members, 1)),
        opening_(std::llround(static_cast<double>(members_) * kOpeningShare)),
        plan_(PlanOrgTree(rng_, members_, opening_)),
        state_(std::move(plan_.codes), std::move(plan_.places)),
        writer_(state_, sink),
        flows_(rng_, writer_, queue_, {opening_, members_}),
        changes_(rng_, writer_, queue_, static_cast<double>(members_) / kReferenceMembers,
                 plan_.hamlet_word, plan_.urban_block_word) {}

  void Run() {
    OpenLedger(kOpeningDay, plan_, rng_, writer_, queue_);
    plan_.orgs.clear();  // the state holds the tree from here on
    for (Date day = kOpeningDay; day <= kClosingDay; day = day.AddDays(1)) {
      if (day.day() == 1) PlanMonth(day);
      if (day == kDistrictsAbolishedDay) AbolishDistricts(day, rng_, writer_);
      while (queue_.HasDue(day)) {
        const Action action = queue_.Pop();
        if (IsOrgChange(action.kind)) {
          changes_.Execute(action);
        } else {
          flows_.Execute(action);
        }
      }
    }
  }

 private:
  void PlanMonth(Date first_day) {
    // Nothing else happens on the opening day: it holds the opening balances.
    const Date not_before = first_day == kOpeningDay ? first_day.AddDays(1) : first_day;
    if (first_day.month() == 1) flows_.PlanYear(first_day);
    flows_.PlanMonth(first_day, not_before);
    changes_.PlanMonth(first_day, not_before);
  }

  Random rng_;
  int64_t members_;
  int64_t opening_;
  OrgTreePlan plan_;
  ProvinceState state_;
  LedgerWriter writer_;
  ActionQueue queue_;
  MemberFlows flows_;
  OrgChanges changes_;
};

}  // namespace

void GenerateProvince(const ProvinceOptions& options,
                      const std::function<void(const Event&)>& emit) {
  ProvinceRun(options, emit).Run();
}

}  // namespace tochuc::generate
