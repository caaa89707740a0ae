#include "domain/read_model.h"

namespace tochuc {

std::optional<OrgId> ReadModel::FindOrg(std::string_view code) const {
  auto it = org_by_code.find(std::string(code));
  if (it == org_by_code.end()) return std::nullopt;
  return it->second;
}

std::vector<uint8_t> ReadModel::SubtreeMaskAt(OrgId org, Date day) const {
  std::vector<uint8_t> inside(orgs.size());
  history.ForEachInSubtreeAt(org, EndOfDay(day),
                             [&](OrgId below, OrgId) { inside[Index(below)] = 1; });
  return inside;
}

RankRange ReadModel::TodayRanks(OrgId org) const {
  const PositionRange positions = today.Subtree(org);
  if (positions.empty()) return {};
  return {rank_at_position[static_cast<size_t>(positions.begin)],
          rank_at_position[static_cast<size_t>(positions.end)]};
}

}  // namespace tochuc
