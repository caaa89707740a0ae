#include "app/browse_orgs.h"

#include <algorithm>
#include <unordered_map>

#include "domain/stock_flow_report.h"
#include "text/vietnamese_text.h"

namespace tochuc::app {
namespace {

Date LastDay(const ReadModel& model) { return model.last_event_date.value_or(Date::FromDays(0)); }

std::optional<OrgId> ParentToday(const ReadModel& model, OrgId org) {
  return model.history.ParentAt(org, EndOfDay(LastDay(model)));
}

OrgSummary Summarize(const ReadModel& model, OrgId org, std::optional<OrgId> parent,
                     int64_t members) {
  const std::vector<OrgId> children = model.today.Children(org);
  const auto live = std::ranges::count_if(
      children, [&](OrgId child) { return model.org(child).life == OrgLife::kAlive; });
  return {org, parent, members, children.size(), static_cast<size_t>(live)};
}

int64_t SubtreeMembers(const ReadModel& model, OrgId org) {
  const Date day = LastDay(model);
  return CountStockFlow(model, org, day, day, Structure::kToday).closing;
}

}  // namespace

OrgSummary SummarizeOrg(const ReadModel& model, const Viewer& viewer, std::string_view code) {
  const OrgId org = RequireOrg(model, viewer, code, Action::kReadOrgs);
  return Summarize(model, org, ParentToday(model, org), SubtreeMembers(model, org));
}

std::vector<OrgSummary> ListChildren(const ReadModel& model, const Viewer& viewer,
                                     std::string_view code) {
  const OrgId org = RequireOrg(model, viewer, code, Action::kReadOrgs);
  const Date day = LastDay(model);
  const StockFlowReport report = ComputeStockFlow(model, org, day, day, Structure::kToday);
  std::unordered_map<uint32_t, int64_t> members_by_org;
  for (const StockFlowRow& row : report.rows) members_by_org[Index(row.org)] = row.counts.closing;
  std::vector<OrgSummary> out;
  for (OrgId child : model.today.Children(org)) {
    const auto members = members_by_org.find(Index(child));
    out.push_back(
        Summarize(model, child, org, members == members_by_org.end() ? 0 : members->second));
  }
  return out;
}

std::vector<OrgSummary> ListScopeRoots(const ReadModel& model, const Viewer& viewer) {
  RequireAction(viewer, Action::kReadOrgs);
  std::vector<OrgSummary> out;
  if (ScopeOf(viewer.user.role) == Scope::kDeployment) {
    for (int32_t pos = 0; pos < model.today.NodeCount();) {
      const OrgId root = model.today.NodeAt(pos);
      out.push_back(Summarize(model, root, ParentToday(model, root), SubtreeMembers(model, root)));
      pos = model.today.Subtree(root).end;
    }
  } else if (viewer.org && OrgInScope(model, viewer, *viewer.org)) {
    out.push_back(Summarize(model, *viewer.org, ParentToday(model, *viewer.org),
                            SubtreeMembers(model, *viewer.org)));
  }
  return out;
}

std::vector<OrgSummary> SearchOrgs(const ReadModel& model, const Viewer& viewer,
                                   std::string_view search, size_t limit, OrgSearchKeys& keys) {
  RequireAction(viewer, Action::kReadOrgs);
  RankRange ranks{0, 0};
  if (ScopeOf(viewer.user.role) == Scope::kDeployment) {
    ranks.last = static_cast<uint32_t>(model.today_order.size());
  } else if (viewer.org && OrgInScope(model, viewer, *viewer.org)) {
    ranks = model.TodayRanks(*viewer.org);
  }
  std::vector<OrgSummary> out;
  for (OrgId org : keys.Find(model, ranks, text::SearchKey(search), limit))
    out.push_back(Summarize(model, org, ParentToday(model, org), SubtreeMembers(model, org)));
  return out;
}

}  // namespace tochuc::app
