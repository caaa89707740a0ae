// OrgRowIndex: for each org, the flow rows that change its direct headcount
// (members entering or leaving it, members carried in or out by a merge), in
// apply order. Lists a small subtree's rows without scanning the whole
// period, and one org's changes since a stock checkpoint.
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
  // Building: rows arrive in apply order.
  void Add(OrgId org, uint32_t row);
  // Lays the lists out in `order` (every org exactly once).
  void Finish(std::span<const OrgId> order);

  std::span<const uint32_t> RowsOf(OrgId org) const {
    const uint32_t slot = slot_of_org_[Index(org)];
    return {rows_.data() + offset_[slot], offset_[slot + 1] - offset_[slot]};
  }
  // Rows of the orgs at positions [first, last) of the layout order.
  size_t RowCountInSlots(uint32_t first, uint32_t last) const {
    return offset_[last] - offset_[first];
  }

 private:
  std::vector<std::vector<uint32_t>> building_;
  std::vector<uint32_t> rows_;
  std::vector<uint32_t> offset_;       // by layout slot, plus one
  std::vector<uint32_t> slot_of_org_;  // by org index

  template <typename Io, typename Model>
  friend void SnapshotColumns(Io& io, Model& model);
};

}  // namespace tochuc
