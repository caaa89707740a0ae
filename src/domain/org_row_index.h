// OrgRowIndex: for each org, the flow rows that change its direct headcount
// (members entering or leaving it, members carried in or out by a merge), in
// apply order, each with the headcount after it. Answers "members placed
// directly in org O at the end of day d" with one binary search, and lists a
// small subtree's rows without scanning the whole period.
//
// Orgs are laid out in a caller-chosen order (today's pre-order), so a
// subtree's rows are one contiguous slice.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "domain/ids.h"

namespace tochuc {

class OrgRowIndex {
 public:
  struct Entry {
    uint32_t row;
    int32_t headcount_after;
  };

  // Building: rows arrive in apply order.
  void AddChange(OrgId org, uint32_t row, int32_t delta);
  // Lays the lists out in `order` (every org exactly once).
  void Finish(std::span<const OrgId> order);

  std::span<const Entry> EntriesOf(OrgId org) const {
    const uint32_t slot = slot_of_org_[Index(org)];
    return {entries_.data() + offset_[slot], offset_[slot + 1] - offset_[slot]};
  }
  // Entries of the orgs at positions [first, last) of the layout order.
  size_t EntryCountInSlots(uint32_t first, uint32_t last) const {
    return offset_[last] - offset_[first];
  }
  // Direct headcount after the first `rows` rows.
  int32_t HeadcountBefore(OrgId org, uint32_t rows) const;

 private:
  std::vector<std::vector<Entry>> building_;
  std::vector<Entry> entries_;
  std::vector<uint32_t> offset_;       // by layout slot, plus one
  std::vector<uint32_t> slot_of_org_;  // by org index

  template <typename Io, typename Model>
  friend void SnapshotColumns(Io& io, Model& model);
};

}  // namespace tochuc
