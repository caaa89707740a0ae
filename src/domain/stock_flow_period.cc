// Stock and flow in the period's structure: every row is placed by walking
// its orgs' parents at the moment of its event (a regroup by its ancestor
// chains), and stocks by walking the subtrees at the two ends of the period.
#include <utility>

#include "domain/stock_flow_tally.h"

namespace tochuc::stock_flow {
namespace {

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
void TallyStockInPeriod(const ReadModel& model, const SubtreeSlots& slots, Date day, Field field,
                        Tally& tally) {
  // The unit's subtree and each child's (a child may stand outside the unit
  // at that moment), each org once.
  const Moment at = EndOfDay(day);
  std::vector<uint8_t> seen(model.orgs.size());
  auto visit = [&](OrgId org, OrgId) {
    if (std::exchange(seen[Index(org)], 1)) return;
    if (const int32_t members = model.Headcount(org, day); members != 0) {
      tally.Add(slots.PlaceAt(org, at), field, members);
    }
  };
  model.history.ForEachInSubtreeAt(slots.root(), at, visit);
  for (OrgId child : slots.children()) {
    if (!seen[Index(child)]) model.history.ForEachInSubtreeAt(child, at, visit);
  }
}

}  // namespace

std::vector<StockFlowCounts> ComputeInPeriod(const ReadModel& model, OrgId unit, Date from, Date to,
                                             std::span<const OrgId> children) {
  const SubtreeSlots slots(model, unit, Structure::kPeriod, children);
  Tally tally(children.size() + 1);
  TallyFlowsInPeriod(model, slots, model.flows.RowsBetween(from, to), tally);
  TallyStockInPeriod(model, slots, from.AddDays(-1), &StockFlowCounts::opening, tally);
  TallyStockInPeriod(model, slots, to, &StockFlowCounts::closing, tally);
  return std::move(tally.counts());
}

}  // namespace tochuc::stock_flow
