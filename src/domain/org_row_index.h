// OrgRowIndex: for each org, the flow rows that change its direct headcount
// (members entering or leaving it, members carried in or out by a merge), in
// apply order. Lists a small subtree's rows without scanning the whole
// period, and one org's changes since a stock checkpoint.
//
// Orgs are laid out in a caller-chosen order (today's pre-order), so a
// subtree's rows are one contiguous slice. The index covers the rows the log
// had when it was built; rows appended since (IndexedRows() on) are few and
// read straight from the log.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "domain/flow_log.h"
#include "domain/ids.h"

namespace tochuc {

class OrgRowIndex {
 public:
  // Indexes every row of `flows`, laid out in `order` (every org once).
  void Build(const FlowLog& flows, std::span<const OrgId> order);

  std::span<const uint32_t> RowsOf(OrgId org) const {
    const uint32_t slot = slot_of_org_[Index(org)];
    return {rows_.data() + offset_[slot], offset_[slot + 1] - offset_[slot]};
  }
  // Rows of the orgs at positions [first, last) of the layout order.
  size_t RowCountInSlots(uint32_t first, uint32_t last) const {
    return offset_[last] - offset_[first];
  }
  // The rows before this one are indexed.
  uint32_t IndexedRows() const { return indexed_rows_; }

 private:
  std::vector<uint32_t> rows_;
  std::vector<uint32_t> offset_;       // by layout slot, plus one
  std::vector<uint32_t> slot_of_org_;  // by org index
  uint32_t indexed_rows_ = 0;

  template <typename Io, typename Model>
  friend void SnapshotColumns(Io& io, Model& model);
};

}  // namespace tochuc
