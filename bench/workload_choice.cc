// Which units and dates the benchmark uses. Everything is derived from the
// data alone, so two runs on the same ledger time the same questions and
// bench/run can ask SQL exactly what the engine was asked.
#include <algorithm>
#include <iostream>
#include <optional>
#include <stdexcept>

#include "bench/workloads.h"
#include "domain/read_model.h"

namespace tochuc::bench {
namespace {

std::vector<OrgId> SortedByCode(const ReadModel& model, std::vector<OrgId> orgs) {
  std::sort(orgs.begin(), orgs.end(),
            [&](OrgId a, OrgId b) { return model.org(a).code < model.org(b).code; });
  return orgs;
}

// The nodes of `tree` that are nobody's child, by code.
std::vector<OrgId> RootsOf(const ReadModel& model, const TreeNumbering& tree) {
  std::vector<bool> is_child(model.orgs.size());
  std::vector<OrgId> nodes;
  for (uint32_t org_idx = 0; org_idx < model.orgs.size(); ++org_idx) {
    const auto org = static_cast<OrgId>(org_idx);
    if (!tree.IsNode(org)) continue;
    nodes.push_back(org);
    for (OrgId child : tree.Children(org)) is_child[Index(child)] = true;
  }
  std::erase_if(nodes, [&](OrgId org) { return is_child[Index(org)]; });
  return SortedByCode(model, std::move(nodes));
}

// The orgs alive at the end of `day` without a parent, by code.
std::vector<OrgId> RootsAt(const ReadModel& model, Date day) {
  std::vector<OrgId> roots;
  for (uint32_t org_idx = 0; org_idx < model.orgs.size(); ++org_idx) {
    const auto org = static_cast<OrgId>(org_idx);
    if (model.history.AliveAt(org, EndOfDay(day)) && !model.history.ParentAt(org, EndOfDay(day))) {
      roots.push_back(org);
    }
  }
  return SortedByCode(model, std::move(roots));
}

// The live org of `kind` in today's tree with the most members at the end of
// `day` (the lowest code on a tie): a unit whose report does real work.
// Counts stocks only: a whole report per candidate would cost minutes at
// national scale.
std::optional<OrgId> Largest(const ReadModel& model, OrgKind kind, Date day) {
  std::optional<OrgId> best;
  int64_t best_members = -1;
  for (uint32_t org_idx = 0; org_idx < model.orgs.size(); ++org_idx) {
    const auto org = static_cast<OrgId>(org_idx);
    const OrgInfo& info = model.org(org);
    if (info.kind != kind || info.life != OrgLife::kAlive || !model.today.IsNode(org)) continue;
    int64_t members = 0;
    const RankRange ranks = model.TodayRanks(org);
    for (uint32_t rank = ranks.first; rank < ranks.last; ++rank) {
      members += model.Headcount(model.today_order[rank], day);
    }
    if (members > best_members || (members == best_members && info.code < model.org(*best).code)) {
      best = org;
      best_members = members;
    }
  }
  return best;
}

}  // namespace

std::vector<std::unique_ptr<Workload>> ChooseWorkloads(const ReadModel& model) {
  if (!model.last_event_date) throw std::runtime_error("the ledger is empty");
  // The last whole calendar year of the ledger.
  const Date last = *model.last_event_date;
  const int year = last.month() == 12 && last.day() == 31 ? last.year() : last.year() - 1;
  const Date from = Date::FromCivil(year, 1, 1);
  const Date to = Date::FromCivil(year, 12, 31);

  std::vector<std::unique_ptr<Workload>> workloads;
  workloads.push_back(
      StockFlowWorkload(model, "stock_flow_tree", RootsOf(model, model.today), from, to));
  if (const auto upper = Largest(model, OrgKind::kUpperCommittee, to)) {
    workloads.push_back(StockFlowWorkload(model, "stock_flow_upper", {*upper}, from, to));
  } else {
    std::cerr << "note: no upper committee is alive today; stock_flow_upper is skipped\n";
  }
  workloads.push_back(CompositionWorkload(model, RootsAt(model, to), to));
  // A past date: the middle of the year before, in an older shape of the tree.
  workloads.push_back(HeadcountWorkload(model, Date::FromCivil(year - 1, 6, 30)));
  auto grassroots = Largest(model, OrgKind::kGrassrootsCommittee, to);
  if (!grassroots) grassroots = Largest(model, OrgKind::kGrassrootsCell, to);
  if (grassroots) {
    workloads.push_back(StockFlowWorkload(model, "stock_flow_grassroots", {*grassroots}, from, to));
  } else {
    std::cerr << "note: no grassroots org is alive today; stock_flow_grassroots is skipped\n";
  }
  return workloads;
}

}  // namespace tochuc::bench
