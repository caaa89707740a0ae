#include "domain/stock_flow_report.h"

#include <algorithm>
#include <utility>

namespace tochuc {

bool StockFlowCounts::Balances() const {
  return closing == opening + admitted + readmitted + registered + transferred_in + reorganized_in -
                        transferred_out - reorganized_out - removed - expelled - died -
                        probation_removed;
}

namespace {

using Field = int64_t StockFlowCounts::*;

Field FieldOf(FlowKind kind) {
  switch (kind) {
    case FlowKind::kAdmitted: return &StockFlowCounts::admitted;
    case FlowKind::kReadmitted: return &StockFlowCounts::readmitted;
    case FlowKind::kRegistered: return &StockFlowCounts::registered;
    case FlowKind::kArrived: return &StockFlowCounts::transferred_in;
    case FlowKind::kDeparted: return &StockFlowCounts::transferred_out;
    case FlowKind::kRemoved: return &StockFlowCounts::removed;
    case FlowKind::kExpelled: return &StockFlowCounts::expelled;
    case FlowKind::kDied: return &StockFlowCounts::died;
    case FlowKind::kProbationRemoved: return &StockFlowCounts::probation_removed;
    case FlowKind::kTransferred:
    case FlowKind::kRegrouped: break;
  }
  return nullptr;
}

// counts[0] is the unit's total, counts[k] the k-th child row.
class Tally {
 public:
  explicit Tally(size_t children) : counts_(children + 1) {}

  // kToday: one row per org (0: the unit itself, -1: outside).
  void Single(int slot, Field field, int64_t members = 1) {
    if (slot < 0) return;
    counts_[0].*field += members;
    if (slot > 0) counts_[static_cast<size_t>(slot)].*field += members;
  }
  // Members crossing from one row to another: in for the row they enter,
  // out for the one they leave, and for the total only across its border.
  void Cross(int from_slot, int to_slot, Field in, Field out) {
    if (from_slot == to_slot) return;
    if ((from_slot >= 0) != (to_slot >= 0)) ++(counts_[0].*(to_slot >= 0 ? in : out));
    if (from_slot > 0) ++(counts_[static_cast<size_t>(from_slot)].*out);
    if (to_slot > 0) ++(counts_[static_cast<size_t>(to_slot)].*in);
  }
  // kPeriod: an org may count in several rows.
  void Add(const Placement& at, Field field, int64_t members) {
    if (at.in_root) counts_[0].*field += members;
    for (int32_t slot : at.Slots()) counts_[static_cast<size_t>(slot)].*field += members;
  }
  void Cross(const Placement& from, const Placement& to, int64_t members, Field in, Field out) {
    if (from.in_root != to.in_root) counts_[0].*(to.in_root ? in : out) += members;
    for (int32_t slot : from.Slots()) {
      if (!to.Has(slot)) counts_[static_cast<size_t>(slot)].*out += members;
    }
    for (int32_t slot : to.Slots()) {
      if (!from.Has(slot)) counts_[static_cast<size_t>(slot)].*in += members;
    }
  }
  std::vector<StockFlowCounts>& counts() { return counts_; }

 private:
  std::vector<StockFlowCounts> counts_;
};

// One member row, placed in today's tree.
void TallyToday(const FlowLog& flows, const SubtreeSlots& slots, uint32_t row, Tally& tally) {
  const FlowKind kind = flows.kind(row);
  if (kind == FlowKind::kRegrouped) return;  // today's tree never changes shape
  if (kind == FlowKind::kTransferred) {
    tally.Cross(slots.SlotToday(flows.From(row)), slots.SlotToday(flows.To(row)),
                &StockFlowCounts::transferred_in, &StockFlowCounts::transferred_out);
  } else {
    tally.Single(slots.SlotToday(flows.OrgOf(row)), FieldOf(kind));
  }
}

void TallyFlowsToday(const ReadModel& model, const SubtreeSlots& slots, RowRange rows,
                     Tally& tally) {
  const RankRange ranks = slots.ranks();
  if (ranks.empty()) return;
  const size_t subtree_entries = model.org_rows.EntryCountInSlots(ranks.first, ranks.last);
  if (subtree_entries >= rows.size() / 4) {
    for (uint32_t row = rows.begin; row < rows.end; ++row)
      TallyToday(model.flows, slots, row, tally);
    return;
  }
  // A small subtree: visit only its orgs' rows; a transfer inside it is seen
  // from both ends and counted at the end it leaves.
  for (uint32_t rank = ranks.first; rank < ranks.last; ++rank) {
    const OrgId org = model.today_order[rank];
    const auto entries = model.org_rows.EntriesOf(org);
    auto entry =
        std::lower_bound(entries.begin(), entries.end(), rows.begin,
                         [](const OrgRowIndex::Entry& e, uint32_t row) { return e.row < row; });
    for (; entry != entries.end() && entry->row < rows.end; ++entry) {
      const uint32_t row = entry->row;
      if (model.flows.kind(row) == FlowKind::kTransferred && model.flows.To(row) == org &&
          ranks.Contains(model.today_rank[Index(model.flows.From(row))])) {
        continue;
      }
      TallyToday(model.flows, slots, row, tally);
    }
  }
}

void TallyFlowsInPeriod(const ReadModel& model, const SubtreeSlots& slots, RowRange rows,
                        Tally& tally) {
  const FlowLog& flows = model.flows;
  flows.ForEachDay(rows, [&](Date day, RowRange day_rows) {
    for (uint32_t row = day_rows.begin; row < day_rows.end; ++row) {
      const Moment at = MomentAt(day, row);
      switch (const FlowKind kind = flows.kind(row)) {
        case FlowKind::kTransferred:
          tally.Cross(slots.PlaceAt(flows.From(row), at), slots.PlaceAt(flows.To(row), at), 1,
                      &StockFlowCounts::transferred_in, &StockFlowCounts::transferred_out);
          break;
        case FlowKind::kRegrouped: {
          const RegroupRecord& regroup = flows.Regroup(row);
          tally.Cross(
              slots.PlaceChain(flows.Chain(regroup.chain_before, regroup.chain_before_length)),
              slots.PlaceChain(flows.Chain(regroup.chain_after, regroup.chain_after_length)),
              regroup.subtree_members, &StockFlowCounts::reorganized_in,
              &StockFlowCounts::reorganized_out);
          break;
        }
        default: tally.Add(slots.PlaceAt(flows.OrgOf(row), at), FieldOf(kind), 1); break;
      }
    }
  });
}

// Members at the end of `day`, per row, into `field`.
void TallyStock(const ReadModel& model, const SubtreeSlots& slots, Date day, Field field,
                Tally& tally) {
  const uint32_t rows = model.flows.RowsThrough(day);
  if (slots.structure() == Structure::kToday) {
    const RankRange ranks = slots.ranks();
    for (uint32_t rank = ranks.first; rank < ranks.last; ++rank) {
      const OrgId org = model.today_order[rank];
      tally.Single(slots.SlotToday(org), field, model.org_rows.HeadcountBefore(org, rows));
    }
    return;
  }
  // The unit's subtree and each child's (a child may stand outside the unit
  // at that moment), each org once.
  const Moment at = EndOfDay(day);
  std::vector<uint8_t> seen(model.orgs.size());
  auto visit = [&](OrgId org, OrgId) {
    if (std::exchange(seen[Index(org)], 1)) return;
    if (const int32_t members = model.org_rows.HeadcountBefore(org, rows); members != 0) {
      tally.Add(slots.PlaceAt(org, at), field, members);
    }
  };
  model.history.ForEachInSubtreeAt(slots.root(), at, visit);
  for (OrgId child : slots.children()) {
    if (!seen[Index(child)]) model.history.ForEachInSubtreeAt(child, at, visit);
  }
}

std::vector<StockFlowCounts> Compute(const ReadModel& model, OrgId org, Date from, Date to,
                                     Structure structure, std::span<const OrgId> children) {
  const SubtreeSlots slots(model, org, structure, children);
  Tally tally(children.size());
  const RowRange rows = model.flows.RowsBetween(from, to);
  if (structure == Structure::kToday) {
    TallyFlowsToday(model, slots, rows, tally);
  } else {
    TallyFlowsInPeriod(model, slots, rows, tally);
  }
  TallyStock(model, slots, from.AddDays(-1), &StockFlowCounts::opening, tally);
  TallyStock(model, slots, to, &StockFlowCounts::closing, tally);
  return std::move(tally.counts());
}

// Every org that was a direct child of `org` at some moment in the period,
// in today's tree order.
std::vector<OrgId> ChildrenInPeriod(const ReadModel& model, OrgId org, Date from, Date to,
                                    Structure structure) {
  if (structure == Structure::kToday) return model.today.Children(org);
  std::vector<OrgId> children;
  for (OrgId child : model.history.EverChildren(org)) {
    if (model.history.WasChildDuring(child, org, EndOfDay(from.AddDays(-1)), EndOfDay(to))) {
      children.push_back(child);
    }
  }
  std::sort(children.begin(), children.end(), [&](OrgId a, OrgId b) {
    return model.today_rank[Index(a)] < model.today_rank[Index(b)];
  });
  return children;
}

}  // namespace

StockFlowCounts CountStockFlow(const ReadModel& model, OrgId org, Date from, Date to,
                               Structure structure) {
  return Compute(model, org, from, to, structure, {}).front();
}

StockFlowReport ComputeStockFlow(const ReadModel& model, OrgId org, Date from, Date to,
                                 Structure structure) {
  StockFlowReport report{org, from, to, structure, {org, {}}, {}};
  const std::vector<OrgId> children = ChildrenInPeriod(model, org, from, to, structure);
  std::vector<StockFlowCounts> counts = Compute(model, org, from, to, structure, children);
  report.total.counts = counts[0];
  for (size_t k = 0; k < children.size(); ++k) report.rows.push_back({children[k], counts[k + 1]});
  return report;
}

}  // namespace tochuc
