// UpdateEvents: valid member events to record into a live read model after
// the last event of its ledger, as a committee's office records them:
// admissions into cells that have members, transfers of active members
// between such cells, deaths and corrected records; and one restructure
// (a province merged into another, as in 2025).
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "domain/event.h"
#include "domain/read_model.h"

namespace tochuc::bench {

class UpdateEvents {
 public:
  // Takes what it needs from `model`; keeps no reference to it.
  UpdateEvents(const ReadModel& model, uint64_t seed);

  // The next event, dated from the model's last event's day on,
  // kEventsPerDay a day. Each event uses a member at most once.
  Event Next();
  // The smallest live province merged into the next smallest, dated after
  // every event so far; nullopt with fewer than two provinces.
  std::optional<Event> ProvinceMerge() const;

  static constexpr int kEventsPerDay = 1'500;

 private:
  uint64_t Random(uint64_t below);
  std::pair<MemberId, OrgId> TakeActiveMember();
  const std::string& AnyCell(OrgId other_than);

  uint64_t state_;
  Date first_day_;
  uint64_t made_ = 0;
  std::vector<std::string> org_codes_;                // by org index
  std::vector<OrgId> cells_;                          // alive, with members
  std::vector<std::pair<MemberId, OrgId>> active_;    // not yet used
  std::vector<std::string> member_ids_;               // by member index
  std::vector<std::pair<int32_t, OrgId>> provinces_;  // members, org; smallest first
};

}  // namespace tochuc::bench
