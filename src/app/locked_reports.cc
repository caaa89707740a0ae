#include "app/locked_reports.h"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "app/report_form_filling.h"
#include "io/report_json.h"
#include "text/vietnamese_numbers.h"

namespace tochuc::app {
namespace {

namespace json = boost::json;

// Reads the stock and flow of a submitted snapshot into `out`.
void ReadSnapshot(const std::string& snapshot, LockedReport& out) {
  const json::value parsed = json::parse(snapshot);
  const json::object& stock_flow = parsed.at("stock_flow").as_object();
  const json::object& total = stock_flow.at("total").as_object();
  for (const auto& [name, counter] : kStockFlowCounters)
    out.total.*counter = total.at(name).to_number<int64_t>();
  out.closings.total = out.total.closing;
  for (const json::value& row : stock_flow.at("rows").as_array()) {
    out.closings.by_org.emplace(json::value_to<std::string>(row.at("org")),
                                row.at("closing").to_number<int64_t>());
  }
  if (const json::value* seq = parsed.as_object().if_contains("ledger_seq"))
    out.ledger_seq = seq->to_number<uint64_t>();
}

std::string Signed(int64_t value) {
  return fmt::format("{}{}", value >= 0 ? "+" : "−",
                     text::GroupThousands(value >= 0 ? value : -value));
}

}  // namespace

std::optional<LockedReport> LockedReportOf(ReportReviewStore& store, const ReportingPeriod& period,
                                           std::string_view code) {
  return LockedReportFrom(period, ReportOf(std::string(code), "", store.StepsOf(period.id, code)));
}

std::optional<LockedReport> LockedReportFrom(const ReportingPeriod& period,
                                             const UnitReport& report) {
  if (!report.locked) return std::nullopt;
  LockedReport out{period, report.steps.back().by, report.steps.back().at, {}, {}, std::nullopt};
  ReadSnapshot(report.submitted, out);
  return out;
}

std::optional<LockedReport> LockedReportEnding(ReportReviewStore& store, std::string_view code,
                                               Date day) {
  std::optional<LockedReport> out;
  for (const ReportingPeriod& period : store.ListPeriods()) {
    if (period.to != day) continue;
    std::optional<LockedReport> locked = LockedReportOf(store, period, code);
    if (locked && (!out || locked->ledger_seq >= out->ledger_seq)) out = std::move(locked);
  }
  return out;
}

const LockedReport* OpensAgainst(const StockFlowReport& report,
                                 const std::optional<LockedReport>& locked) {
  if (!locked || report.structure != Structure::kPeriod ||
      locked->period.to.AddDays(1) != report.from) {
    return nullptr;
  }
  return &*locked;
}

json::object StockFlowJson(const ReadModel& model, const StockFlowReport& report,
                           const LockedReport* locked_before) {
  json::object out = io::StockFlowToJson(model, report);
  if (!locked_before) return out;
  const LockedReport& locked = *locked_before;
  const StockFlowAdjustments adjustments = AdjustmentsOf(model, report, locked.closings);
  json::array rows;
  for (size_t i = 0; i < report.rows.size(); ++i) {
    const int64_t opening = report.rows[i].counts.opening;
    rows.push_back({{"org", model.org(report.rows[i].org).code},
                    {"closing", opening - adjustments.rows[i]},
                    {"adjustment", adjustments.rows[i]}});
  }
  out["locked_before"] = {{"period", locked.period.id},
                          {"title", locked.period.title},
                          {"from", locked.period.from.ToString()},
                          {"to", locked.period.to.ToString()},
                          {"approved_by", locked.approved_by},
                          {"approved_at", locked.approved_at},
                          {"closing", locked.closings.total},
                          {"adjustment", adjustments.total},
                          {"rows", std::move(rows)}};
  return out;
}

FilledForm StockFlowFormAgainst(const ReadModel& model, const StockFlowReport& report,
                                const LockedReport* locked_before) {
  FilledForm form = StockFlowForm(model, report);
  if (!locked_before) return form;
  const LockedReport& locked = *locked_before;
  const int64_t adjustment = AdjustmentsOf(model, report, locked.closings).total;
  const std::string period =
      fmt::format("kỳ \"{}\" (đến ngày {})", locked.period.title, locked.period.to.ToVietnamese());
  form.notes.push_back(
      adjustment == 0
          ? fmt::format("Số đầu kỳ bằng số cuối {} đã duyệt, khóa: {} đảng viên.", period,
                        text::GroupThousands(locked.closings.total))
          : fmt::format("Số đầu kỳ gồm số cuối {} đã duyệt, khóa ({} đảng viên) và điều chỉnh {} "
                        "đảng viên do sự kiện có ngày hiệu lực trong kỳ đó được ghi sau khi khóa.",
                        period, text::GroupThousands(locked.closings.total), Signed(adjustment)));
  return form;
}

}  // namespace tochuc::app
