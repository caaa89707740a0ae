// ReadModel: everything the reports read, built once from the ledger by
// ReadModelBuilder and then only read. Laid out as columns for national
// scale (docs/performance.md § The read model):
//
// - `history`: where every org stood at every moment (parents over time).
// - `today`: the tree after the last event, pre-order numbered; `today_order`
//   lists every org in that order (each node followed by the orgs merged
//   into it), so today's subtree of an org is one range of ranks.
// - `flows`: one row per event moving members in, out or across the tree.
// - `org_rows`: per org (in today's order), the rows that change its direct
//   headcount; `checkpoints`: every org's headcount at each year end.
// - `members`: the records as columns, with each member's spells;
//   `directory`: their ids and names.
//
// Immutable once built; safe to read from many threads.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/flow_log.h"
#include "domain/headroom.h"
#include "domain/ids.h"
#include "domain/ledger_state.h"
#include "domain/member_directory.h"
#include "domain/member_table.h"
#include "domain/org_history.h"
#include "domain/org_row_index.h"
#include "domain/stock_checkpoints.h"
#include "domain/string_key_map.h"
#include "domain/tree_numbering.h"

namespace tochuc {

struct OrgInfo {
  std::string code;
  std::string name;  // the latest name
  OrgKind kind = OrgKind::kGrassrootsCell;
  std::string sector;
  Date established_on;
  OrgLife life = OrgLife::kAlive;
  std::optional<Date> ended_on;
};

// Ranks [first, last) of today_order.
struct RankRange {
  uint32_t first = 0, last = 0;
  bool empty() const { return first >= last; }
  bool Contains(uint32_t rank) const { return rank >= first && rank < last; }
};

class ReadModel {
 public:
  std::optional<OrgId> FindOrg(std::string_view code) const;
  // REQUIRES: the directory is loaded (it is after a build).
  std::optional<MemberId> FindMember(std::string_view id) const { return directory.Find(id); }
  const OrgInfo& org(OrgId id) const { return orgs[Index(id)]; }

  // Members placed directly in the org at the end of `day`.
  int32_t Headcount(OrgId org, Date day) const;
  // The same for every org at once (by org index).
  std::vector<int32_t> HeadcountsAt(Date day) const;
  // By org index: 1 for the orgs of the org's subtree at the end of `day`.
  std::vector<uint8_t> SubtreeMaskAt(OrgId org, Date day) const;
  // Today's subtree of the org, with the orgs merged into it; empty for an
  // org merged away.
  RankRange TodayRanks(OrgId org) const;

  // Spare capacity for live updates (headroom.h), and whether there is
  // room for `one` more update.
  void ReserveForUpdates(const Headroom& room);
  bool HasRoomFor(const Headroom& one) const;

  std::vector<OrgInfo> orgs;
  StringKeyMap<OrgId> org_by_code;
  OrgHistory history;
  TreeNumbering today;
  std::vector<OrgId> today_order;
  std::vector<uint32_t> today_rank;        // by org
  std::vector<uint32_t> rank_at_position;  // first rank of each position, plus one
  FlowLog flows;
  OrgRowIndex org_rows;
  StockCheckpoints checkpoints;
  MemberTable members;
  MemberDirectory directory;  // may be left out when loading a snapshot
  std::optional<Date> last_event_date;
  // The last ledger line (recording order) the model includes: what a
  // figure read from it is as of.
  uint64_t last_seq = 0;
};

}  // namespace tochuc
