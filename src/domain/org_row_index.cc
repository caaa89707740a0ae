#include "domain/org_row_index.h"

#include <algorithm>

namespace tochuc {

void OrgRowIndex::AddChange(OrgId org, uint32_t row, int32_t delta) {
  if (building_.size() <= Index(org)) building_.resize(Index(org) + 1);
  auto& list = building_[Index(org)];
  const int32_t before = list.empty() ? 0 : list.back().headcount_after;
  list.push_back({row, before + delta});
}

void OrgRowIndex::Finish(std::span<const OrgId> order) {
  building_.resize(std::max(building_.size(), order.size()));
  slot_of_org_.assign(building_.size(), 0);
  offset_.assign(order.size() + 1, 0);
  size_t total = 0;
  for (const auto& list : building_) total += list.size();
  entries_.reserve(total);
  for (uint32_t slot = 0; slot < order.size(); ++slot) {
    offset_[slot] = static_cast<uint32_t>(entries_.size());
    slot_of_org_[Index(order[slot])] = slot;
    auto& list = building_[Index(order[slot])];
    entries_.insert(entries_.end(), list.begin(), list.end());
    list = {};
  }
  offset_[order.size()] = static_cast<uint32_t>(entries_.size());
  building_ = {};
}

int32_t OrgRowIndex::HeadcountBefore(OrgId org, uint32_t rows) const {
  const auto entries = EntriesOf(org);
  auto after_last = std::lower_bound(entries.begin(), entries.end(), rows,
                                     [](const Entry& e, uint32_t r) { return e.row < r; });
  return after_last == entries.begin() ? 0 : std::prev(after_last)->headcount_after;
}

}  // namespace tochuc
