// Every report of the CLI, with the same JSON (io/report_json.h).
#include <fmt/format.h>

#include <boost/json.hpp>
#include <optional>
#include <variant>

#include "app/locked_reports.h"
#include "app/report_form_filling.h"
#include "app/viewer.h"
#include "http/api_support.h"
#include "http/form_download.h"
#include "io/report_json.h"

namespace tochuc::http {
namespace {

namespace json = boost::json;

struct Period {
  Date from, to;
};

Period PeriodParams(const Request& request) {
  const Date from = DateParam(request, "from");
  const Date to = DateParam(request, "to");
  if (to < from) {
    throw ApiError{ProblemResponse(400, "bad-request", "Yêu cầu không hợp lệ",
                                   {{"to", "Ngày kết thúc ở trước ngày bắt đầu"}})};
  }
  return {from, to};
}

Structure StructureParam(const Request& request) {
  const std::string_view name = request.Query("structure").value_or("period");
  if (name == "period") return Structure::kPeriod;
  if (name == "today") return Structure::kToday;
  throw ApiError{ProblemResponse(400, "bad-request", "Yêu cầu không hợp lệ",
                                 {{"structure", "Phải là 'period' hoặc 'today'"}})};
}

// A report route: checks the session and the unit, reads what the report
// needs from the store (`prepare`, before the lock), computes the report
// under the readers' lock, and answers its JSON; or, with format=xlsx or
// pdf, fills its form under the lock and renders it after. `params` are
// the query parameters it takes, "format" among them.
template <typename Prepare, typename Compute, typename ToJson, typename ToForm>
Handler PreparedReportRoute(ApiContext& context, std::string_view name,
                            std::initializer_list<std::string_view> params, Prepare prepare,
                            Compute compute, ToJson to_json, ToForm to_form) {
  return Guard(params, [&context, name, prepare, compute, to_json, to_form](Request& request) {
    const Session session = RequireSession(context, request);
    const std::string code = RequiredParam(request, "org");
    const FormFormat format = FormFormatParam(request);
    const auto prepared = prepare(request, code);
    std::optional<FilledForm> form;
    Response response = context.live.Read([&](const ReadModel& model) {
      const app::Viewer viewer = app::ResolveViewer(model, session.user);
      const OrgId org = app::RequireOrg(model, viewer, code, Action::kReadReports);
      const auto report = compute(model, org, request, prepared);
      if (format != FormFormat::kJson) {
        form = to_form(model, org, request, report);
        return Response{};
      }
      return JsonResponse(json::value(to_json(model, report)));
    });
    if (form) {
      const auto dates = request.Query("on")
                             ? std::string(*request.Query("on"))
                             : fmt::format("{}_{}", *request.Query("from"), *request.Query("to"));
      response = FormDownload(*form, format, fmt::format("{}-{}-{}", name, code, dates));
    }
    response.user = session.user.login;
    return response;
  });
}

// A report that needs nothing from the store.
template <typename Compute, typename ToJson, typename ToForm>
Handler ReportRoute(ApiContext& context, std::string_view name,
                    std::initializer_list<std::string_view> params, Compute compute, ToJson to_json,
                    ToForm to_form) {
  return PreparedReportRoute(
      context, name, params, [](const Request&, const std::string&) { return std::monostate{}; },
      [compute](const ReadModel& model, OrgId org, const Request& request, std::monostate) {
        return compute(model, org, request);
      },
      to_json, to_form);
}

// The stock and flow, with the unit's locked report it opens against
// (pointing into the route's prepared value, which outlives it).
struct StockFlowAgainstLocked {
  StockFlowReport report;
  const app::LockedReport* locked_before = nullptr;
};

}  // namespace

void AddReportRoutes(Router& router, ApiContext& context) {
  router.Add("GET", "/api/v1/reports/stock-flow", RunOn::kWorkerPool,
             PreparedReportRoute(
                 context, "stock-flow", {"org", "from", "to", "structure", "format"},
                 [&context](const Request& request, const std::string& code) {
                   app::ConnectionPool::Lease connection = context.connections.Acquire();
                   return app::LockedReportEnding(*connection->reviews, code,
                                                  PeriodParams(request).from.AddDays(-1));
                 },
                 [](const ReadModel& model, OrgId org, const Request& request,
                    const std::optional<app::LockedReport>& locked) {
                   const auto [from, to] = PeriodParams(request);
                   StockFlowAgainstLocked out{
                       ComputeStockFlow(model, org, from, to, StructureParam(request)), nullptr};
                   out.locked_before = app::OpensAgainst(out.report, locked);
                   return out;
                 },
                 [](const ReadModel& model, const StockFlowAgainstLocked& stock_flow) {
                   return app::StockFlowJson(model, stock_flow.report, stock_flow.locked_before);
                 },
                 [](const ReadModel& model, OrgId, const Request&,
                    const StockFlowAgainstLocked& stock_flow) {
                   return app::StockFlowFormAgainst(model, stock_flow.report,
                                                    stock_flow.locked_before);
                 }));
  router.Add("GET", "/api/v1/reports/composition", RunOn::kWorkerPool,
             ReportRoute(
                 context, "composition", {"org", "on", "format"},
                 [](const ReadModel& model, OrgId org, const Request& request) {
                   return ComputeComposition(model, org, DateParam(request, "on"));
                 },
                 [](const ReadModel&, const CompositionReport& report) {
                   return io::CompositionToJson(report);
                 },
                 [](const ReadModel& model, OrgId org, const Request& request,
                    const CompositionReport& report) {
                   return app::CompositionForm(model, org, DateParam(request, "on"), report);
                 }));
  router.Add("GET", "/api/v1/reports/admissions", RunOn::kWorkerPool,
             ReportRoute(
                 context, "admissions", {"org", "from", "to", "format"},
                 [](const ReadModel& model, OrgId org, const Request& request) {
                   const auto [from, to] = PeriodParams(request);
                   return ComputeAdmissions(model, org, from, to);
                 },
                 [](const ReadModel&, const AdmissionsReport& report) {
                   return io::AdmissionsToJson(report);
                 },
                 [](const ReadModel& model, OrgId org, const Request& request,
                    const AdmissionsReport& report) {
                   const auto [from, to] = PeriodParams(request);
                   return app::AdmissionsForm(model, org, from, to, report);
                 }));
  router.Add("GET", "/api/v1/reports/orgs", RunOn::kWorkerPool,
             ReportRoute(
                 context, "orgs", {"org", "on", "format"},
                 [](const ReadModel& model, OrgId org, const Request& request) {
                   return ComputeOrgCounts(model, org, DateParam(request, "on"));
                 },
                 [](const ReadModel&, const OrgCountReport& report) {
                   return io::OrgCountsToJson(report);
                 },
                 [](const ReadModel& model, OrgId org, const Request& request,
                    const OrgCountReport& report) {
                   return app::OrgCountsForm(model, org, DateParam(request, "on"), report);
                 }));
}

}  // namespace tochuc::http
