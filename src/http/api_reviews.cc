// Reporting periods and the review of each unit's report (issue 7):
//   GET  /api/v1/report-periods                      the periods
//   POST /api/v1/report-periods                      open one (admins)
//   GET  /api/v1/report-periods/{id}/board?org=CODE  the unit's and its children's reports
//   POST /api/v1/report-periods/{id}/units/{org}/steps  submit, return or approve
//   GET  /api/v1/report-periods/{id}/corrections?org=CODE  late lines against the unit's locked
//   report
#include <boost/json.hpp>
#include <charconv>

#include "app/late_corrections.h"
#include "app/report_reviews.h"
#include "http/api_support.h"
#include "io/report_json.h"

namespace tochuc::http {
namespace {

namespace json = boost::json;

json::object PeriodJson(const ReportingPeriod& period) {
  return {{"id", period.id},
          {"title", period.title},
          {"from", period.from.ToString()},
          {"to", period.to.ToString()},
          {"opened_by", period.opened_by},
          {"opened_at", period.opened_at}};
}

// A required YYYY-MM-DD field of the body.
Date DayField(const json::object& body, std::string_view field) {
  if (const std::optional<Date> day = Date::Parse(StringField(body, field, true))) return *day;
  throw ApiError{
      ProblemResponse(400, "bad-request", "Yêu cầu không hợp lệ",
                      {{std::string(field), "Ngày phải có dạng YYYY-MM-DD và có thật"}})};
}

int64_t PeriodId(const Request& request) {
  const std::string& text = request.params[0];
  int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id <= 0) {
    throw ApiError{ProblemResponse(404, "not-found", "Không tìm thấy kỳ báo cáo")};
  }
  return id;
}

json::object UnitJson(const app::UnitReport& report) {
  json::array steps;
  for (const ReviewStep& step : report.steps) {
    steps.push_back({{"action", ReviewActionName(step.action)},
                     {"by", step.by},
                     {"at", step.at},
                     {"comment", step.comment}});
  }
  json::object out{{"org", report.code},
                   {"name", report.name},
                   {"status", ReviewStatusName(report.status)},
                   {"locked", report.locked},
                   {"steps", std::move(steps)}};
  out["submitted"] =
      report.submitted.empty() ? json::value(nullptr) : json::parse(report.submitted);
  if (report.corrections) out["corrections"] = *report.corrections;
  return out;
}

json::object CorrectionsJson(const app::Corrections& corrections) {
  json::object out{{"period", PeriodJson(corrections.period)},
                   {"org", corrections.code},
                   {"name", corrections.name},
                   {"locked", corrections.locked.has_value()}};
  if (!corrections.locked) return out;
  out["approved_by"] = corrections.locked->approved_by;
  out["approved_at"] = corrections.locked->approved_at;
  out["locked_figures"] = io::StockFlowCountsToJson(corrections.locked->total);
  out["figures_now"] = io::StockFlowCountsToJson(corrections.now_total);
  out["lines_known"] = corrections.lines_known;
  json::array lines;
  for (const app::LateLine& line : corrections.lines) {
    lines.push_back({{"seq", line.seq},
                     {"type", line.type},
                     {"date", line.date.ToString()},
                     {"member", line.member},
                     {"member_name", line.member_name},
                     {"org", line.org},
                     {"doc", line.doc},
                     {"recorded_at", line.recorded_at},
                     {"recorded_by", line.recorded_by}});
  }
  out["lines"] = std::move(lines);
  return out;
}

}  // namespace

void AddReviewRoutes(Router& router, ApiContext& context) {
  router.Add("GET", "/api/v1/report-periods", RunOn::kWorkerPool,
             Guard({}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               RequireRoleAllows(session, Action::kReadReports);
               app::ConnectionPool::Lease connection = context.connections.Acquire();
               json::array periods;
               for (const ReportingPeriod& period : connection->reviews->ListPeriods())
                 periods.push_back(PeriodJson(period));
               Response response = JsonResponse(json::object{{"periods", std::move(periods)}});
               response.user = session.user.login;
               return response;
             }));
  router.Add(
      "POST", "/api/v1/report-periods", RunOn::kWorkerPool, Guard({}, [&context](Request& request) {
        const Session session = RequireSession(context, request);
        const json::object body = JsonBody(request);
        OnlyFields(body, {"title", "from", "to"});
        const app::PeriodRequest period{StringField(body, "title", true), DayField(body, "from"),
                                        DayField(body, "to")};
        app::ConnectionPool::Lease connection = context.connections.Acquire();
        const int64_t id = app::OpenReportingPeriod(
            *connection->reviews, app::Viewer{session.user, std::nullopt, std::nullopt}, period);
        Response response = JsonResponse(PeriodJson(*connection->reviews->FindPeriod(id)), 201);
        response.user = session.user.login;
        return response;
      }));
  router.Add("GET", "/api/v1/report-periods/{id}/board", RunOn::kWorkerPool,
             Guard({"org"}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               const int64_t id = PeriodId(request);
               const std::string code = RequiredParam(request, "org");
               app::ConnectionPool::Lease connection = context.connections.Acquire();
               std::vector<app::UnitReport> units =
                   app::StatusBoard(context.live, *connection->reviews, session.user, id, code);
               const ReportingPeriod period = *connection->reviews->FindPeriod(id);
               app::CountCorrections(context.live, *connection->ledger, period, units);
               json::array out;
               for (const app::UnitReport& unit : units) out.push_back(UnitJson(unit));
               Response response = JsonResponse(
                   json::object{{"period", PeriodJson(period)}, {"units", std::move(out)}});
               response.user = session.user.login;
               return response;
             }));
  router.Add("GET", "/api/v1/report-periods/{id}/corrections", RunOn::kWorkerPool,
             Guard({"org"}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               const int64_t id = PeriodId(request);
               const std::string code = RequiredParam(request, "org");
               app::ConnectionPool::Lease connection = context.connections.Acquire();
               const app::Corrections corrections = app::CorrectionsOf(
                   context.live, *connection->reviews, *connection->ledger, session.user, id, code);
               Response response = JsonResponse(CorrectionsJson(corrections));
               response.user = session.user.login;
               return response;
             }));
  router.Add(
      "POST", "/api/v1/report-periods/{id}/units/{org}/steps", RunOn::kWorkerPool,
      Guard({}, [&context](Request& request) {
        const Session session = RequireSession(context, request);
        const int64_t id = PeriodId(request);
        const json::object body = JsonBody(request);
        OnlyFields(body, {"action", "comment"});
        const std::string name = StringField(body, "action", true);
        const std::optional<ReviewAction> action = ParseReviewAction(name);
        if (!action) {
          throw ApiError{ProblemResponse(400, "bad-request", "Yêu cầu không hợp lệ",
                                         {{"action", "Phải là submit, return hoặc approve"}})};
        }
        app::ConnectionPool::Lease connection = context.connections.Acquire();
        const ReviewStatus status =
            app::ActOnReport(context.live, *connection->reviews, session.user, id,
                             request.params[1], *action, StringField(body, "comment", false));
        Response response = JsonResponse(json::object{{"status", ReviewStatusName(status)}}, 201);
        response.user = session.user.login;
        return response;
      }));
}

}  // namespace tochuc::http
