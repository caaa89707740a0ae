#include "app/locked_reports.h"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "text/vietnamese_numbers.h"

namespace tochuc::app {
namespace {

namespace json = boost::json;

const json::object& StockFlowOf(const json::value& snapshot) {
  return snapshot.at("stock_flow").as_object();
}

}  // namespace

std::optional<LockedReport> LockedReportOf(ReportReviewStore& store, const ReportingPeriod& period,
                                           std::string_view code) {
  std::vector<ReviewStep> steps;
  std::string snapshot;
  for (const StoredReviewStep& stored : store.StepsOf(period.id, code)) {
    steps.push_back(stored.step);
    if (stored.step.action == ReviewAction::kSubmit) snapshot = stored.snapshot;
  }
  if (StatusAfter(steps) != ReviewStatus::kApproved) return std::nullopt;
  return LockedReport{period, std::move(snapshot), steps.back().by, steps.back().at};
}

std::optional<LockedReport> LockedReportEnding(ReportReviewStore& store, std::string_view code,
                                               Date day) {
  std::optional<LockedReport> out;
  for (const ReportingPeriod& period : store.ListPeriods()) {
    if (period.to != day) continue;
    std::optional<LockedReport> locked = LockedReportOf(store, period, code);
    if (locked && (!out || LedgerSeqOf(*locked) >= LedgerSeqOf(*out))) out = std::move(locked);
  }
  return out;
}

LockedClosings ClosingsOf(const LockedReport& report) {
  const json::value snapshot = json::parse(report.snapshot);
  const json::object& stock_flow = StockFlowOf(snapshot);
  LockedClosings out{stock_flow.at("total").at("closing").to_number<int64_t>(), {}};
  for (const json::value& row : stock_flow.at("rows").as_array()) {
    out.by_org.emplace(json::value_to<std::string>(row.at("org")),
                       row.at("closing").to_number<int64_t>());
  }
  return out;
}

StockFlowCounts LockedTotalOf(const LockedReport& report) {
  const json::value snapshot = json::parse(report.snapshot);
  const json::object& total = StockFlowOf(snapshot).at("total").as_object();
  StockFlowCounts out;
  for (const auto& [name, counter] : kStockFlowCounters) {
    out.*counter = total.at(name).to_number<int64_t>();
  }
  return out;
}

json::object LockedBeforeJson(const ReadModel& model, const StockFlowReport& report,
                              const LockedReport& locked) {
  const LockedClosings closings = ClosingsOf(locked);
  const StockFlowAdjustments adjustments = AdjustmentsOf(model, report, closings);
  json::array rows;
  for (size_t i = 0; i < report.rows.size(); ++i) {
    const std::string& code = model.org(report.rows[i].org).code;
    const auto closing = closings.by_org.find(code);
    rows.push_back({{"org", code},
                    {"closing", closing == closings.by_org.end() ? 0 : closing->second},
                    {"adjustment", adjustments.rows[i]}});
  }
  return {{"period", locked.period.id},
          {"title", locked.period.title},
          {"from", locked.period.from.ToString()},
          {"to", locked.period.to.ToString()},
          {"approved_by", locked.approved_by},
          {"approved_at", locked.approved_at},
          {"closing", closings.total},
          {"adjustment", adjustments.total},
          {"rows", std::move(rows)}};
}

std::string LockedBeforeNote(const StockFlowReport& report, const LockedReport& locked) {
  const int64_t closing = ClosingsOf(locked).total;
  const int64_t adjustment = report.total.counts.opening - closing;
  const std::string period =
      fmt::format("kỳ \"{}\" (đến ngày {})", locked.period.title, locked.period.to.ToVietnamese());
  if (adjustment == 0) {
    return fmt::format("Số đầu kỳ bằng số cuối {} đã duyệt, khóa: {} đảng viên.", period,
                       text::GroupThousands(closing));
  }
  return fmt::format(
      "Số đầu kỳ gồm số cuối {} đã duyệt, khóa ({} đảng viên) và điều chỉnh {}{} đảng viên do "
      "sự kiện có ngày hiệu lực trong kỳ đó được ghi sau khi khóa.",
      period, text::GroupThousands(closing), adjustment > 0 ? "+" : "−",
      text::GroupThousands(adjustment > 0 ? adjustment : -adjustment));
}

std::optional<uint64_t> LedgerSeqOf(const LockedReport& report) {
  const json::value snapshot = json::parse(report.snapshot);
  const json::value* seq = snapshot.as_object().if_contains("ledger_seq");
  if (!seq) return std::nullopt;
  return seq->to_number<uint64_t>();
}

}  // namespace tochuc::app
