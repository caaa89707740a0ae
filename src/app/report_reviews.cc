#include "app/report_reviews.h"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "app/locked_reports.h"
#include "io/report_json.h"

namespace tochuc::app {
namespace {

namespace json = boost::json;

ReportingPeriod RequirePeriod(ReportReviewStore& store, int64_t id) {
  std::optional<ReportingPeriod> period = store.FindPeriod(id);
  if (!period) {
    throw Refusal(RefusalKind::kNotFound, "period",
                  fmt::format("Không tìm thấy kỳ báo cáo số {}", id));
  }
  return *period;
}

ReviewerPlace PlaceOf(const ReadModel& model, const Viewer& viewer, OrgId unit) {
  if (!viewer.org) return ReviewerPlace::kElsewhere;
  if (*viewer.org == unit) return ReviewerPlace::kTheUnit;
  return model.TodayRanks(*viewer.org).Contains(model.today_rank[Index(unit)])
             ? ReviewerPlace::kLevelAbove
             : ReviewerPlace::kElsewhere;
}

// The figures a unit submits for the period: the four reports' JSON (the
// stock and flow against the period before when that one is locked), and
// the last ledger line they include.
std::string Snapshot(const ReadModel& model, OrgId unit, const ReportingPeriod& period,
                     const std::optional<LockedReport>& locked_before) {
  json::object out;
  const StockFlowReport stock_flow =
      ComputeStockFlow(model, unit, period.from, period.to, Structure::kPeriod);
  out["stock_flow"] = StockFlowJson(model, stock_flow, OpensAgainst(stock_flow, locked_before));
  out["composition"] = io::CompositionToJson(ComputeComposition(model, unit, period.to));
  out["admissions"] = io::AdmissionsToJson(ComputeAdmissions(model, unit, period.from, period.to));
  out["orgs"] = io::OrgCountsToJson(ComputeOrgCounts(model, unit, period.to));
  out["ledger_seq"] = model.last_seq;
  return json::serialize(out);
}

}  // namespace

int64_t OpenReportingPeriod(ReportReviewStore& store, const Viewer& viewer,
                            const PeriodRequest& request) {
  if (viewer.user.role != Role::kAdmin) {
    throw Refusal(RefusalKind::kNotAllowed, "", "Chỉ quản trị viên mới mở kỳ báo cáo");
  }
  if (request.title.find_first_not_of(' ') == std::string::npos)
    throw Refusal(RefusalKind::kInvalid, "title", "Cần tên kỳ báo cáo, ví dụ: Quý I năm 2026");
  if (!request.from) throw Refusal(RefusalKind::kInvalid, "from", "Cần ngày đầu kỳ");
  if (!request.to) throw Refusal(RefusalKind::kInvalid, "to", "Cần ngày cuối kỳ");
  if (*request.to < *request.from)
    throw Refusal(RefusalKind::kInvalid, "to", "Ngày cuối kỳ ở trước ngày đầu kỳ");
  const ReportingPeriod period{0, request.title, *request.from, *request.to, viewer.user.login, ""};
  json::object detail{{"from", request.from->ToString()}, {"to", request.to->ToString()}};
  return store.OpenPeriod(
      period, {viewer.user.login, "report_period.opened", request.title, json::serialize(detail)});
}

std::vector<UnitReport> StatusBoard(const LiveReadModel& live, ReportReviewStore& store,
                                    const User& user, int64_t period, std::string_view code) {
  RequirePeriod(store, period);
  // The units under the readers' lock; their steps from the store after it.
  const std::vector<std::pair<std::string, std::string>> units =
      live.Read([&](const ReadModel& model) {
        const Viewer viewer = ResolveViewer(model, user);
        const OrgId unit = RequireOrg(model, viewer, code, Action::kReadReports);
        std::vector<std::pair<std::string, std::string>> out{
            {model.org(unit).code, model.org(unit).name}};
        for (OrgId child : model.today.Children(unit)) {
          if (model.org(child).life != OrgLife::kAlive) continue;
          out.emplace_back(model.org(child).code, model.org(child).name);
        }
        return out;
      });
  std::vector<UnitReport> out;
  for (const auto& [unit_code, unit_name] : units)
    out.push_back(ReportOf(unit_code, unit_name, store.StepsOf(period, unit_code)));
  return out;
}

ReviewStatus ActOnReport(const LiveReadModel& live, ReportReviewStore& store, const User& user,
                         int64_t period_id, std::string_view code, ReviewAction action,
                         const std::string& comment) {
  const ReportingPeriod period = RequirePeriod(store, period_id);
  const std::vector<StoredReviewStep> steps = store.StepsOf(period_id, code);
  const std::optional<LockedReport> locked_before =
      action == ReviewAction::kSubmit ? LockedReportEnding(store, code, period.from.AddDays(-1))
                                      : std::nullopt;
  // Under the readers' lock: who stands where, the rules, the figures.
  struct Decision {
    Problems problems;
    UnitReport report;
    std::string snapshot;
  };
  const Decision decision = live.Read([&](const ReadModel& model) {
    const Viewer viewer = ResolveViewer(model, user);
    const OrgId unit = RequireOrg(model, viewer, code, Action::kReadReports);
    Decision out{{}, ReportOf(model.org(unit).code, model.org(unit).name, steps), {}};
    out.problems = CheckReviewAction(out.report.status, action, user.role,
                                     PlaceOf(model, viewer, unit), comment);
    if (out.problems.empty() && action == ReviewAction::kSubmit)
      out.snapshot = Snapshot(model, unit, period, locked_before);
    return out;
  });
  if (!decision.problems.empty()) {
    const Problem& problem = decision.problems.front();
    throw Refusal(problem.field == "comment" ? RefusalKind::kInvalid : RefusalKind::kNotAllowed,
                  problem.field, problem.vi.empty() ? problem.message : problem.vi);
  }
  const StoredReviewStep step{
      period_id, std::string(code), {action, user.login, "", comment}, decision.snapshot};
  json::object detail{{"period", period_id}, {"comment", comment}};
  const AuditEntry audit{user.login, fmt::format("report.{}", ReviewActionName(action)),
                         std::string(code), json::serialize(detail)};
  if (!store.AppendStep(step, decision.report.steps.size(), audit)) {
    throw Refusal(RefusalKind::kConflict, "",
                  "Báo cáo vừa được người khác thay đổi; hãy tải lại rồi thử lần nữa");
  }
  std::vector<ReviewStep> after = decision.report.steps;
  after.push_back(step.step);
  return StatusAfter(after);
}

}  // namespace tochuc::app
