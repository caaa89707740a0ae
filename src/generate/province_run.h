// ProvinceRun: the day-by-day simulation of one province's ledger, advanced
// one day at a time so that a national run can step all its provinces in
// lockstep and their events come out in date order without buffering.
//
// The first Step (the timeline's opening day) writes the tree and the
// opening balances; each Step writes that day's events through the sink;
// 2025-07-01 abolishes the districts. Everything the run keeps grows with
// the province's members and orgs, not with the events written.
//
// Not thread-safe. A run is neither copied nor moved (its parts refer to
// each other); keep it behind a unique_ptr.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "generate/action_queue.h"
#include "generate/calendar.h"
#include "generate/ledger_writer.h"
#include "generate/member_exchange.h"
#include "generate/member_flows.h"
#include "generate/org_changes.h"
#include "generate/org_tree_plan.h"
#include "generate/province_state.h"
#include "generate/random.h"

namespace tochuc::generate {

// Share of the final members already there when a lone province's ledger
// opens: about a year's net growth of 1.2 % compounded over eleven years.
inline constexpr double kProvinceOpeningShare = 0.88;

struct ProvinceSetup {
  int64_t members = 75'000;  // at the end of the timeline, roughly
  uint64_t seed = 1;
  Timeline timeline = kProvinceTimeline;
  double opening_share = kProvinceOpeningShare;  // of `members`, on the opening day
  ProvinceIdentity identity{};
  MemberExchange* exchange = nullptr;  // the other provinces of a national ledger; not owned
};

class ProvinceRun {
 public:
  // Plans the tree; writes nothing yet. `sink` must outlive the run.
  ProvinceRun(const ProvinceSetup& setup, const EventSink& sink);
  ProvinceRun(const ProvinceRun&) = delete;
  ProvinceRun& operator=(const ProvinceRun&) = delete;

  // Writes the events of `day`.
  // REQUIRES: called once for each day from the timeline's opening day to
  // its closing day, in order.
  void Step(Date day);

  // A member of another province arrives (see MemberExchange::TakeIn).
  std::optional<std::string> TakeIn(Date day, std::string id, const MemberRecord& record) {
    return flows_.TakeIn(day, std::move(id), record);
  }

  LedgerWriter& writer() { return writer_; }
  ProvinceState& state() { return state_; }
  int64_t members() const { return members_; }

 private:
  void PlanMonth(Date first_day);

  Timeline timeline_;
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

}  // namespace tochuc::generate
