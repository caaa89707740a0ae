#include "domain/read_model.h"

#include <algorithm>

namespace tochuc {

std::optional<OrgId> ReadModel::FindOrg(std::string_view code) const {
  auto it = org_by_code.find(code);
  if (it == org_by_code.end()) return std::nullopt;
  return it->second;
}

std::vector<uint8_t> ReadModel::SubtreeMaskAt(OrgId org, Date day) const {
  std::vector<uint8_t> inside(orgs.size());
  history.ForEachInSubtreeAt(org, EndOfDay(day),
                             [&](OrgId below, OrgId) { inside[Index(below)] = 1; });
  return inside;
}

int32_t ReadModel::Headcount(OrgId org, Date day) const {
  const int checkpoint = checkpoints.LatestOnOrBefore(day);
  const uint32_t rank = today_rank[Index(org)];
  auto headcount = static_cast<int32_t>(checkpoints.StockIn(checkpoint, rank, rank + 1));
  const uint32_t since = checkpoints.RowsAt(checkpoint), until = flows.RowsThrough(day);
  auto count = [&](uint32_t row) {
    flows.ForEachHeadcountChange(row, [&](OrgId changed, int32_t delta) {
      if (changed == org) headcount += delta;
    });
  };
  const uint32_t indexed_until = std::min(until, org_rows.IndexedRows());
  const auto rows = org_rows.RowsOf(org);
  for (auto row = std::lower_bound(rows.begin(), rows.end(), since);
       row != rows.end() && *row < indexed_until; ++row) {
    count(*row);
  }
  // Rows recorded since the index was built are read straight from the log.
  for (uint32_t row = std::max(since, indexed_until); row < until; ++row) count(row);
  return headcount;
}

std::vector<int32_t> ReadModel::HeadcountsAt(Date day) const {
  const int checkpoint = checkpoints.LatestOnOrBefore(day);
  std::vector<int32_t> headcount(orgs.size());
  for (uint32_t org_idx = 0; org_idx < orgs.size(); ++org_idx) {
    const uint32_t rank = today_rank[org_idx];
    headcount[org_idx] = static_cast<int32_t>(checkpoints.StockIn(checkpoint, rank, rank + 1));
  }
  for (uint32_t row = checkpoints.RowsAt(checkpoint); row < flows.RowsThrough(day); ++row) {
    flows.ForEachHeadcountChange(row,
                                 [&](OrgId org, int32_t delta) { headcount[Index(org)] += delta; });
  }
  return headcount;
}

void ReadModel::ReserveForUpdates(const Headroom& room) {
  flows.Reserve(room.rows);
  members.Reserve(room.members, room.spells);
  directory.Reserve(room.members, room.text_bytes);
  checkpoints.Reserve(room.years);
}

bool ReadModel::HasRoomFor(const Headroom& one) const {
  return flows.HasRoom(one.rows) && members.HasRoom(one.members, one.spells) &&
         directory.HasRoom(one.members, one.text_bytes) && checkpoints.HasRoom(one.years);
}

RankRange ReadModel::TodayRanks(OrgId org) const {
  const PositionRange positions = today.Subtree(org);
  if (positions.empty()) return {};
  return {rank_at_position[static_cast<size_t>(positions.begin)],
          rank_at_position[static_cast<size_t>(positions.end)]};
}

}  // namespace tochuc
