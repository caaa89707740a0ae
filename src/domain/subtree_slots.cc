#include "domain/subtree_slots.h"

#include <algorithm>

namespace tochuc {

bool Placement::Has(int32_t slot) const {
  const auto listed = Slots();
  return std::find(listed.begin(), listed.end(), slot) != listed.end();
}

SubtreeSlots::SubtreeSlots(const ReadModel& model, OrgId root, Structure structure,
                           std::span<const OrgId> children)
    : model_(model), root_(root), structure_(structure), children_(children) {
  if (structure == Structure::kPeriod) {
    slot_by_org_.assign(model.orgs.size(), 0);
    for (size_t k = 0; k < children.size(); ++k) {
      slot_by_org_[Index(children[k])] = static_cast<int32_t>(k + 1);
    }
    return;
  }
  ranks_ = model.TodayRanks(root);
  slot_by_rank_.assign(ranks_.last - ranks_.first, 0);
  for (size_t k = 0; k < children.size(); ++k) {
    const RankRange child_ranks = model.TodayRanks(children[k]);
    for (uint32_t rank = child_ranks.first; rank < child_ranks.last; ++rank) {
      slot_by_rank_[rank - ranks_.first] = static_cast<int32_t>(k + 1);
    }
  }
}

Placement SubtreeSlots::PlaceToday(OrgId org) const {
  Placement placement;
  const int slot = SlotToday(org);
  placement.in_root = slot >= 0;
  if (slot > 0) placement.Add(slot);
  return placement;
}

void SubtreeSlots::Note(OrgId org, Placement& placement) const {
  if (org == root_) placement.in_root = true;
  if (const int32_t slot = slot_by_org_[Index(org)]; slot > 0) placement.Add(slot);
}

Placement SubtreeSlots::PlaceAt(OrgId org, Moment at) const {
  Placement placement;
  for (std::optional<OrgId> up = org; up; up = model_.history.ParentAt(*up, at))
    Note(*up, placement);
  return placement;
}

Placement SubtreeSlots::PlaceChain(std::span<const OrgId> chain) const {
  Placement placement;
  for (OrgId org : chain) Note(org, placement);
  return placement;
}

}  // namespace tochuc
