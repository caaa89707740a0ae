#include "io/report_json.h"

#include <boost/json.hpp>

namespace tochuc::io {
namespace json = boost::json;
namespace {

json::object CountsToJson(const std::map<std::string, int64_t>& counts) {
  json::object o;
  for (const auto& [key, value] : counts) o[key] = value;
  return o;
}

json::object RowToJson(const ReadModel& model, const StockFlowRow& row) {
  json::object o;
  o["org"] = model.org(row.org).code;
  o["name"] = model.org(row.org).name;
  for (const auto& [key, value] : StockFlowCountsToJson(row.counts)) o[key] = value;
  return o;
}

}  // namespace

json::object StockFlowCountsToJson(const StockFlowCounts& counts) {
  json::object o;
  const auto values = StockFlowValues(counts);
  for (size_t idx = 0; idx < kStockFlowFields.size(); ++idx) o[kStockFlowFields[idx]] = values[idx];
  return o;
}

static_assert(
    [] {
      for (size_t i = 0; i < kStockFlowFields.size(); ++i) {
        if (kStockFlowFields[i] != kStockFlowCounters[i].first) return false;
      }
      return true;
    }(),
    "the JSON's counters are the domain's, in the same order");

std::array<int64_t, 13> StockFlowValues(const StockFlowCounts& c) {
  std::array<int64_t, 13> values{};
  for (size_t i = 0; i < values.size(); ++i) values[i] = c.*kStockFlowCounters[i].second;
  return values;
}

std::string_view StructureName(Structure structure) {
  return structure == Structure::kPeriod ? "period" : "today";
}

json::object StockFlowToJson(const ReadModel& model, const StockFlowReport& report) {
  json::object o;
  o["org"] = model.org(report.org).code;
  o["from"] = report.from.ToString();
  o["to"] = report.to.ToString();
  o["structure"] = StructureName(report.structure);
  o["total"] = RowToJson(model, report.total);
  json::array rows;
  for (const StockFlowRow& row : report.rows) rows.push_back(RowToJson(model, row));
  o["rows"] = std::move(rows);
  return o;
}

json::object CompositionToJson(const CompositionReport& report) {
  json::object o;
  o["total"] = report.total;
  o["exempted"] = report.exempted;
  json::object by;
  for (const auto& [dimension, counts] : report.by) by[dimension] = CountsToJson(counts);
  o["by"] = std::move(by);
  return o;
}

json::object AdmissionsToJson(const AdmissionsReport& report) {
  return {{"total", report.total},
          {"youth_union", report.youth_union},
          {"women", report.women},
          {"ethnic_minority", report.ethnic_minority},
          {"religious", report.religious}};
}

json::object OrgCountsToJson(const OrgCountReport& report) {
  return {{"total", report.total},
          {"grassroots", report.grassroots},
          {"by_kind", CountsToJson(report.by_kind)},
          {"by_sector", CountsToJson(report.by_sector)}};
}

}  // namespace tochuc::io
