// Stock and flow in today's structure: every unit's subtree is a range of
// today's order, fixed for the period, so each org counts in exactly one line
// and one pass over the period's rows serves every unit and child row.
// Opening stocks come from the year-end checkpoint before the period plus
// the rows since; closing = opening + the period's flows, line by line.
#include <algorithm>

#include "domain/stock_flow_tally.h"

namespace tochuc::stock_flow {
namespace {

// The line each rank of the units' subtrees counts in: the unit's total line
// for the unit itself (and what merged into it), else its child's line.
class TodayLines {
 public:
  TodayLines(const ReadModel& model, std::span<const OrgId> units) : model_(model) {
    for (OrgId unit : units) {
      const RankRange ranks = model.TodayRanks(unit);
      if (ranks.empty()) continue;
      first_ = std::min(first_, ranks.first);
      last_ = std::max(last_, ranks.last);
    }
    if (first_ > last_) first_ = last_ = 0;
    line_of_rank_.assign(last_ - first_, -1);
    for (OrgId unit : units) {
      const auto base = static_cast<int32_t>(unit_of_line_.size());
      const std::vector<OrgId> children = model.today.Children(unit);
      unit_of_line_.insert(unit_of_line_.end(), children.size() + 1, base);
      Fill(model.TodayRanks(unit), base);
      for (size_t k = 0; k < children.size(); ++k) {
        Fill(model.TodayRanks(children[k]), base + 1 + static_cast<int32_t>(k));
      }
      units_.push_back({unit, base, children});
    }
  }

  struct Unit {
    OrgId org;
    int32_t base;  // its total line; child k is line base + 1 + k
    std::vector<OrgId> children;
  };
  const std::vector<Unit>& units() const { return units_; }
  size_t line_count() const { return unit_of_line_.size(); }
  int LineOf(OrgId org) const {
    const uint32_t rank = model_.today_rank[Index(org)];
    return rank >= first_ && rank < last_ ? line_of_rank_[rank - first_] : -1;
  }
  int UnitOf(int line) const { return line < 0 ? -1 : unit_of_line_[static_cast<size_t>(line)]; }

 private:
  void Fill(RankRange ranks, int32_t line) {
    for (uint32_t rank = ranks.first; rank < ranks.last; ++rank) {
      line_of_rank_[rank - first_] = line;
    }
  }

  const ReadModel& model_;
  uint32_t first_ = UINT32_MAX, last_ = 0;
  std::vector<int32_t> line_of_rank_;
  std::vector<int32_t> unit_of_line_;
  std::vector<Unit> units_;
};

void TallyRow(const FlowLog& flows, const TodayLines& lines, uint32_t row, Tally& tally) {
  const FlowKind kind = flows.kind(row);
  if (kind == FlowKind::kRegrouped) return;  // today's tree never changes shape
  if (kind == FlowKind::kTransferred) {
    const int from_line = lines.LineOf(flows.From(row));
    const int to_line = lines.LineOf(flows.To(row));
    tally.Cross(lines.UnitOf(from_line), from_line, lines.UnitOf(to_line), to_line,
                &StockFlowCounts::transferred_in, &StockFlowCounts::transferred_out);
  } else {
    const int line = lines.LineOf(flows.OrgOf(row));
    tally.Single(lines.UnitOf(line), line, FieldOf(kind));
  }
}

// Every row of `rows` that touches the units' subtrees, once.
void TallyRows(const ReadModel& model, const TodayLines& lines, RowRange rows, Tally& tally) {
  size_t subtree_rows = 0;
  for (const auto& unit : lines.units()) {
    const RankRange ranks = model.TodayRanks(unit.org);
    if (!ranks.empty()) subtree_rows += model.org_rows.RowCountInSlots(ranks.first, ranks.last);
  }
  if (subtree_rows >= rows.size() / 4) {
    for (uint32_t row = rows.begin; row < rows.end; ++row) TallyRow(model.flows, lines, row, tally);
    return;
  }
  // Small subtrees: only their orgs' rows. A transfer between two of their
  // orgs is seen from both ends and counted at the end it leaves.
  const uint32_t indexed_end = std::min(rows.end, model.org_rows.IndexedRows());
  for (const auto& unit : lines.units()) {
    const RankRange ranks = model.TodayRanks(unit.org);
    for (uint32_t rank = ranks.first; rank < ranks.last; ++rank) {
      const OrgId org = model.today_order[rank];
      const auto org_rows = model.org_rows.RowsOf(org);
      for (auto row = std::lower_bound(org_rows.begin(), org_rows.end(), rows.begin);
           row != org_rows.end() && *row < indexed_end; ++row) {
        if (model.flows.kind(*row) == FlowKind::kTransferred && model.flows.To(*row) == org &&
            lines.LineOf(model.flows.From(*row)) >= 0) {
          continue;
        }
        TallyRow(model.flows, lines, *row, tally);
      }
    }
  }
  // Rows recorded since the index was built: each once, whoever it touches.
  for (uint32_t row = std::max(rows.begin, indexed_end); row < rows.end; ++row) {
    TallyRow(model.flows, lines, row, tally);
  }
}

}  // namespace

std::vector<StockFlowReport> ComputeToday(const ReadModel& model, std::span<const OrgId> units,
                                          Date from, Date to) {
  const TodayLines lines(model, units);
  Tally period(lines.line_count()), since_checkpoint(lines.line_count());
  TallyRows(model, lines, model.flows.RowsBetween(from, to), period);
  const Date day_before = from.AddDays(-1);
  const int checkpoint = model.checkpoints.LatestOnOrBefore(day_before);
  TallyRows(model, lines,
            {model.checkpoints.RowsAt(checkpoint), model.flows.RowsThrough(day_before)},
            since_checkpoint);

  auto line_counts = [&](int32_t line, OrgId org) {
    const RankRange ranks = model.TodayRanks(org);
    StockFlowCounts counts = period.counts()[static_cast<size_t>(line)];
    counts.opening = model.checkpoints.StockIn(checkpoint, ranks.first, ranks.last) +
                     NetFlow(since_checkpoint.counts()[static_cast<size_t>(line)]);
    counts.closing = counts.opening + NetFlow(counts);
    return counts;
  };
  std::vector<StockFlowReport> reports;
  for (const auto& unit : lines.units()) {
    StockFlowReport report{unit.org, from, to, Structure::kToday, {unit.org, {}}, {}};
    report.total.counts = line_counts(unit.base, unit.org);
    for (size_t k = 0; k < unit.children.size(); ++k) {
      report.rows.push_back({unit.children[k], line_counts(unit.base + 1 + static_cast<int32_t>(k),
                                                           unit.children[k])});
    }
    reports.push_back(std::move(report));
  }
  return reports;
}

}  // namespace tochuc::stock_flow
