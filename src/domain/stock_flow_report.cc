#include "domain/stock_flow_report.h"

#include <algorithm>

#include "domain/stock_flow_tally.h"

namespace tochuc {

bool StockFlowCounts::Balances() const { return closing == opening + stock_flow::NetFlow(*this); }

namespace {

// Every org that was a direct child of `org` at some moment in the period,
// in today's tree order.
std::vector<OrgId> ChildrenInPeriod(const ReadModel& model, OrgId org, Date from, Date to) {
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

StockFlowReport InPeriod(const ReadModel& model, OrgId org, Date from, Date to,
                         bool with_children) {
  const std::vector<OrgId> children =
      with_children ? ChildrenInPeriod(model, org, from, to) : std::vector<OrgId>{};
  const std::vector<StockFlowCounts> counts =
      stock_flow::ComputeInPeriod(model, org, from, to, children);
  StockFlowReport report{org, from, to, Structure::kPeriod, {org, counts[0]}, {}};
  for (size_t k = 0; k < children.size(); ++k) report.rows.push_back({children[k], counts[k + 1]});
  return report;
}

// Whether no unit's subtree today holds another's.
bool DisjointToday(const ReadModel& model, std::span<const OrgId> orgs) {
  std::vector<RankRange> ranges;
  for (OrgId org : orgs) ranges.push_back(model.TodayRanks(org));
  std::sort(ranges.begin(), ranges.end(),
            [](const RankRange& a, const RankRange& b) { return a.first < b.first; });
  for (size_t k = 1; k < ranges.size(); ++k) {
    if (!ranges[k].empty() && ranges[k].first < ranges[k - 1].last) return false;
  }
  return true;
}

}  // namespace

StockFlowCounts CountStockFlow(const ReadModel& model, OrgId org, Date from, Date to,
                               Structure structure) {
  if (structure == Structure::kToday) {
    return stock_flow::ComputeToday(model, std::span(&org, 1), from, to).front().total.counts;
  }
  return InPeriod(model, org, from, to, /*with_children=*/false).total.counts;
}

StockFlowReport ComputeStockFlow(const ReadModel& model, OrgId org, Date from, Date to,
                                 Structure structure) {
  if (structure == Structure::kToday) {
    return std::move(stock_flow::ComputeToday(model, std::span(&org, 1), from, to).front());
  }
  return InPeriod(model, org, from, to, /*with_children=*/true);
}

std::vector<StockFlowReport> ComputeStockFlows(const ReadModel& model, std::span<const OrgId> orgs,
                                               Date from, Date to, Structure structure) {
  if (structure == Structure::kToday && DisjointToday(model, orgs)) {
    return stock_flow::ComputeToday(model, orgs, from, to);
  }
  std::vector<StockFlowReport> reports;
  for (OrgId org : orgs) reports.push_back(ComputeStockFlow(model, org, from, to, structure));
  return reports;
}

}  // namespace tochuc
