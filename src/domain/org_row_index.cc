#include "domain/org_row_index.h"

#include <algorithm>

namespace tochuc {

void OrgRowIndex::Add(OrgId org, uint32_t row) {
  if (building_.size() <= Index(org)) building_.resize(Index(org) + 1);
  auto& list = building_[Index(org)];
  if (list.empty() || list.back() != row) list.push_back(row);
}

void OrgRowIndex::Finish(std::span<const OrgId> order) {
  building_.resize(std::max(building_.size(), order.size()));
  slot_of_org_.assign(building_.size(), 0);
  offset_.assign(order.size() + 1, 0);
  size_t total = 0;
  for (const auto& list : building_) total += list.size();
  rows_.reserve(total);
  for (uint32_t slot = 0; slot < order.size(); ++slot) {
    offset_[slot] = static_cast<uint32_t>(rows_.size());
    slot_of_org_[Index(order[slot])] = slot;
    auto& list = building_[Index(order[slot])];
    rows_.insert(rows_.end(), list.begin(), list.end());
    list = {};
  }
  offset_[order.size()] = static_cast<uint32_t>(rows_.size());
  building_ = {};
}

}  // namespace tochuc
