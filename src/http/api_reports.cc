// Every report of the CLI, with the same JSON (io/report_json.h).
#include <boost/json.hpp>

#include "app/viewer.h"
#include "http/api_support.h"
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

// A report route: checks the session and the unit, then computes.
template <typename Compute>
Handler ReportRoute(ApiContext& context, std::initializer_list<std::string_view> params,
                    Compute compute) {
  return Guard(params, [&context, compute](Request& request) {
    const Session session = RequireSession(context, request);
    const std::string code = RequiredParam(request, "org");
    Response response = JsonResponse(context.live.Read([&](const ReadModel& model) {
      const app::Viewer viewer = app::ResolveViewer(model, session.user);
      const OrgId org = app::RequireOrg(model, viewer, code, Action::kReadReports);
      return json::value(compute(model, org, request));
    }));
    response.user = session.user.login;
    return response;
  });
}

}  // namespace

void AddReportRoutes(Router& router, ApiContext& context) {
  router.Add("GET", "/api/v1/reports/stock-flow", RunOn::kWorkerPool,
             ReportRoute(context, {"org", "from", "to", "structure"},
                         [](const ReadModel& model, OrgId org, const Request& request) {
                           const auto [from, to] = PeriodParams(request);
                           return io::StockFlowToJson(
                               model,
                               ComputeStockFlow(model, org, from, to, StructureParam(request)));
                         }));
  router.Add(
      "GET", "/api/v1/reports/composition", RunOn::kWorkerPool,
      ReportRoute(
          context, {"org", "on"}, [](const ReadModel& model, OrgId org, const Request& request) {
            return io::CompositionToJson(ComputeComposition(model, org, DateParam(request, "on")));
          }));
  router.Add("GET", "/api/v1/reports/admissions", RunOn::kWorkerPool,
             ReportRoute(context, {"org", "from", "to"},
                         [](const ReadModel& model, OrgId org, const Request& request) {
                           const auto [from, to] = PeriodParams(request);
                           return io::AdmissionsToJson(ComputeAdmissions(model, org, from, to));
                         }));
  router.Add(
      "GET", "/api/v1/reports/orgs", RunOn::kWorkerPool,
      ReportRoute(
          context, {"org", "on"}, [](const ReadModel& model, OrgId org, const Request& request) {
            return io::OrgCountsToJson(ComputeOrgCounts(model, org, DateParam(request, "on")));
          }));
}

}  // namespace tochuc::http
