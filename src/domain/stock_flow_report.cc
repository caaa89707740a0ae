#include "domain/stock_flow_report.h"

#include <algorithm>

namespace tochuc {

bool StockFlowCounts::Balances() const {
  return closing == opening + admitted + readmitted + registered + transferred_in + reorganized_in -
                        transferred_out - reorganized_out - removed - expelled - died -
                        probation_removed;
}

StockFlowCounts CountStockFlow(const ReadModel& model, OrgId org, Date from, Date to,
                               Structure structure) {
  const SubtreeFilter inside(model, org, structure);
  StockFlowCounts c;
  c.opening = inside.Stock(from.AddDays(-1));
  c.closing = inside.Stock(to);
  for (const FlowRow& row : model.RowsBetween(from, to)) {
    switch (row.kind) {
      case FlowKind::kAdmitted: c.admitted += inside.ToInside(row); break;
      case FlowKind::kReadmitted: c.readmitted += inside.ToInside(row); break;
      case FlowKind::kRegistered: c.registered += inside.ToInside(row); break;
      case FlowKind::kArrived: c.transferred_in += inside.ToInside(row); break;
      case FlowKind::kDeparted: c.transferred_out += inside.FromInside(row); break;
      case FlowKind::kRemoved: c.removed += inside.FromInside(row); break;
      case FlowKind::kExpelled: c.expelled += inside.FromInside(row); break;
      case FlowKind::kDied: c.died += inside.FromInside(row); break;
      case FlowKind::kProbationRemoved: c.probation_removed += inside.FromInside(row); break;
      case FlowKind::kTransferred:
      case FlowKind::kRegrouped: {
        const bool was_inside = inside.FromInside(row);
        const bool is_inside = inside.ToInside(row);
        if (was_inside == is_inside) break;
        const bool transfer = row.kind == FlowKind::kTransferred;
        int64_t& counter = is_inside ? (transfer ? c.transferred_in : c.reorganized_in)
                                     : (transfer ? c.transferred_out : c.reorganized_out);
        counter += row.count;
        break;
      }
    }
  }
  return c;
}

namespace {

// Every org that was a direct child of `org` at some moment in the period,
// the current ones first, each in tree order.
std::vector<OrgId> ChildrenInPeriod(const ReadModel& model, OrgId org, Date from, Date to,
                                    Structure structure) {
  if (structure == Structure::kToday) return model.today.Children(org);
  std::vector<OrgId> children;
  const auto trees = model.TreesBetween(from.AddDays(-1), to);
  for (auto tree = trees.rbegin(); tree != trees.rend(); ++tree) {
    for (OrgId child : tree->Children(org)) {
      if (std::find(children.begin(), children.end(), child) == children.end()) {
        children.push_back(child);
      }
    }
  }
  return children;
}

}  // namespace

StockFlowReport ComputeStockFlow(const ReadModel& model, OrgId org, Date from, Date to,
                                 Structure structure) {
  StockFlowReport report{org, from, to, structure, {org, {}}, {}};
  report.total.counts = CountStockFlow(model, org, from, to, structure);
  for (OrgId child : ChildrenInPeriod(model, org, from, to, structure)) {
    report.rows.push_back({child, CountStockFlow(model, child, from, to, structure)});
  }
  return report;
}

}  // namespace tochuc
