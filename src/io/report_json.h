// JSON forms of the reports, shared by the command line and (later) the API.
// Field names are a contract (issue 3): keep them; add, never rename.
#pragma once

#include <array>
#include <boost/json/object.hpp>
#include <string_view>

#include "domain/admissions_report.h"
#include "domain/composition_report.h"
#include "domain/org_count_report.h"
#include "domain/stock_flow_report.h"

namespace tochuc::io {

// Counter names in ledger-format.md order, for tables and JSON alike.
inline constexpr std::array<std::string_view, 13> kStockFlowFields = {
    "opening",        "admitted",          "readmitted",      "registered", "transferred_in",
    "reorganized_in", "transferred_out",   "reorganized_out", "removed",    "expelled",
    "died",           "probation_removed", "closing"};
std::array<int64_t, 13> StockFlowValues(const StockFlowCounts& counts);

std::string_view StructureName(Structure structure);

// The counters alone, by name.
boost::json::object StockFlowCountsToJson(const StockFlowCounts& counts);
boost::json::object StockFlowToJson(const ReadModel& model, const StockFlowReport& report);
boost::json::object CompositionToJson(const CompositionReport& report);
boost::json::object AdmissionsToJson(const AdmissionsReport& report);
boost::json::object OrgCountsToJson(const OrgCountReport& report);

}  // namespace tochuc::io
