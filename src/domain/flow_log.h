// FlowLog: one row per event that moves members into, out of or across the
// tree, in apply order, stored as columns (a byte and two 32-bit words a row).
//
// What the two words hold depends on the kind: an inflow names the member and
// the org it enters, an outflow the org it leaves and the member, a transfer
// both orgs, a regroup (an org moved or merged) the org and its record in a
// side table. Rows are numbered in apply order; a day's rows are contiguous.
#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <span>
#include <utility>
#include <vector>

#include "domain/date.h"
#include "domain/ids.h"
#include "domain/moment.h"

namespace tochuc {

enum class FlowKind : uint8_t {
  kAdmitted,
  kReadmitted,
  kRegistered,
  kArrived,      // member.transferred_in: from outside the deployment
  kTransferred,  // member.transferred: between two orgs of the deployment
  kDeparted,     // member.transferred_out
  kRemoved,
  kExpelled,
  kDied,
  kProbationRemoved,
  kRegrouped,  // an org moved or merged: its subtree's members move with it
};

constexpr bool IsInflow(FlowKind kind) { return kind <= FlowKind::kArrived; }
constexpr bool IsOutflow(FlowKind kind) {
  return kind >= FlowKind::kDeparted && kind <= FlowKind::kProbationRemoved;
}

struct RegroupRecord {
  OrgId org{};        // the org that moved, or that was merged away
  OrgId now_under{};  // where its direct members now sit: itself, or the merge target
  int32_t subtree_members = 0;
  int32_t direct_members_moved = 0;  // merged: members who changed org
  // Ancestors-or-self of `org` just before, and of `now_under` just after,
  // as [offset, offset + length) into the chain table.
  uint32_t chain_before = 0, chain_before_length = 0;
  uint32_t chain_after = 0, chain_after_length = 0;
};

struct RowRange {
  uint32_t begin = 0, end = 0;
  uint32_t size() const { return end - begin; }
};

class FlowLog {
 public:
  uint32_t size() const { return static_cast<uint32_t>(kinds_.size()); }
  FlowKind kind(uint32_t row) const { return kinds_[row]; }
  // The org a member leaves (outflows, transfers) or the regrouped org.
  OrgId From(uint32_t row) const { return static_cast<OrgId>(first_[row]); }
  // The org a member enters (inflows: second word; transfers: second word).
  OrgId To(uint32_t row) const { return static_cast<OrgId>(second_[row]); }
  // The member of an inflow or an outflow.
  MemberId Member(uint32_t row) const {
    return static_cast<MemberId>(IsInflow(kinds_[row]) ? first_[row] : second_[row]);
  }
  // The org an inflow enters or an outflow leaves.
  OrgId OrgOf(uint32_t row) const {
    return static_cast<OrgId>(IsInflow(kinds_[row]) ? second_[row] : first_[row]);
  }
  const RegroupRecord& Regroup(uint32_t row) const { return regroups_[second_[row]]; }
  std::span<const OrgId> Chain(uint32_t offset, uint32_t length) const {
    return {chains_.data() + offset, length};
  }

  // Calls visit(org, delta) for each org whose direct headcount the row
  // changes.
  template <typename Visit>
  void ForEachHeadcountChange(uint32_t row, Visit&& visit) const;

  // Rows dated from `first` to `last`, both included.
  RowRange RowsBetween(Date first, Date last) const;
  // The number of rows dated on or before `day`.
  uint32_t RowsThrough(Date day) const;
  // Calls visit(date, rows) for each day with rows in `range`, in order.
  template <typename Visit>
  void ForEachDay(RowRange range, Visit&& visit) const;

  // Building, in apply order.
  void AppendInflow(Date day, FlowKind kind, MemberId member, OrgId to);
  void AppendOutflow(Date day, FlowKind kind, OrgId from, MemberId member);
  void AppendTransfer(Date day, OrgId from, OrgId to);
  void AppendRegroup(Date day, RegroupRecord record, std::span<const OrgId> before,
                     std::span<const OrgId> after);

  // Room for `rows` more inflows, outflows or transfers without reallocating.
  void Reserve(size_t rows);
  bool HasRoom(size_t rows) const;

 private:
  void Append(Date day, FlowKind kind, uint32_t first, uint32_t second);

  std::vector<FlowKind> kinds_;
  std::vector<uint32_t> first_, second_;
  struct DayStart {
    Date day;
    uint32_t first_row;
  };
  std::vector<DayStart> days_;  // each day with rows, in order
  std::vector<RegroupRecord> regroups_;
  std::vector<OrgId> chains_;

  template <typename Io, typename Model>
  friend void SnapshotColumns(Io& io, Model& model);
};

template <typename Visit>
void FlowLog::ForEachDay(RowRange range, Visit&& visit) const {
  if (range.begin >= range.end) return;
  auto day =
      std::upper_bound(days_.begin(), days_.end(), range.begin,
                       [](uint32_t row, const DayStart& entry) { return row < entry.first_row; });
  --day;  // the day holding range.begin
  for (uint32_t row = range.begin; row < range.end; ++day) {
    const uint32_t next_day_start =
        std::next(day) == days_.end() ? size() : std::next(day)->first_row;
    const uint32_t stop = std::min(next_day_start, range.end);
    visit(day->day, RowRange{row, stop});
    row = stop;
  }
}

template <typename Visit>
void FlowLog::ForEachHeadcountChange(uint32_t row, Visit&& visit) const {
  const FlowKind row_kind = kinds_[row];
  if (row_kind == FlowKind::kRegrouped) {
    const RegroupRecord& regroup = Regroup(row);
    if (regroup.direct_members_moved == 0) return;
    visit(regroup.org, -regroup.direct_members_moved);
    visit(regroup.now_under, regroup.direct_members_moved);
  } else if (row_kind == FlowKind::kTransferred) {
    visit(From(row), -1);
    visit(To(row), +1);
  } else {
    visit(OrgOf(row), IsInflow(row_kind) ? +1 : -1);
  }
}

}  // namespace tochuc
