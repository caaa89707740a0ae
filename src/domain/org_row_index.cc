#include "domain/org_row_index.h"

namespace tochuc {

void OrgRowIndex::Build(const FlowLog& flows, std::span<const OrgId> order) {
  slot_of_org_.assign(order.size(), 0);
  for (uint32_t slot = 0; slot < order.size(); ++slot) slot_of_org_[Index(order[slot])] = slot;
  // A row counts once per org even when it names the org twice.
  auto for_each_org = [&](uint32_t row, auto&& visit) {
    OrgId previous{UINT32_MAX};
    flows.ForEachHeadcountChange(row, [&](OrgId org, int32_t) {
      if (org != previous) visit(org);
      previous = org;
    });
  };
  offset_.assign(order.size() + 1, 0);
  for (uint32_t row = 0; row < flows.size(); ++row) {
    for_each_org(row, [&](OrgId org) { ++offset_[slot_of_org_[Index(org)] + 1]; });
  }
  for (size_t slot = 0; slot < order.size(); ++slot) offset_[slot + 1] += offset_[slot];
  rows_.assign(offset_.back(), 0);
  std::vector<uint32_t> next(offset_.begin(), offset_.end() - 1);
  for (uint32_t row = 0; row < flows.size(); ++row) {
    for_each_org(row, [&](OrgId org) { rows_[next[slot_of_org_[Index(org)]]++] = row; });
  }
  indexed_rows_ = flows.size();
}

}  // namespace tochuc
