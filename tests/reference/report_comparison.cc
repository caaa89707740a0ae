#include "report_comparison.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "domain/admissions_report.h"
#include "domain/composition_report.h"
#include "domain/ledger_state.h"
#include "domain/org_count_report.h"
#include "domain/read_model_builder.h"
#include "reference_reports.h"

namespace tochuc::reference {
namespace {

using Counts = std::map<std::string, int64_t>;

std::string MapText(const Counts& counts) {
  std::string out = "{";
  for (const auto& [key, value] : counts) {
    if (out.size() > 1) out += ", ";
    out += fmt::format("{}: {}", key, value);
  }
  return out + "}";
}

std::string SetText(const std::set<std::string>& codes) {
  std::string out = "{";
  for (const std::string& code : codes) out += (out.size() > 1 ? ", " : "") + code;
  return out + "}";
}

Counts WithoutZeros(const Counts& counts) {
  Counts out;
  for (const auto& [key, value] : counts) {
    if (value != 0) out.emplace(key, value);
  }
  return out;
}

void CompareNumber(std::string_view what, int64_t engine, int64_t ref, std::string& diff) {
  if (engine != ref) diff += fmt::format("  {}: engine {} reference {}\n", what, engine, ref);
}

void CompareMaps(std::string_view what, const Counts& engine, const Counts& ref,
                 std::string& diff) {
  if (WithoutZeros(engine) != WithoutZeros(ref)) {
    diff += fmt::format("  {}: engine {} reference {}\n", what, MapText(WithoutZeros(engine)),
                        MapText(WithoutZeros(ref)));
  }
}

void CompareCounts(std::string_view row, const StockFlowCounts& engine, const StockFlowCounts& ref,
                   std::string& diff) {
  for (const auto& [name, field] : kStockFlowCounters) {
    CompareNumber(fmt::format("{} {}", row, name), engine.*field, ref.*field, diff);
  }
  if (!engine.Balances()) diff += fmt::format("  {}: the engine's counts do not balance\n", row);
  if (!ref.Balances()) diff += fmt::format("  {}: the REFERENCE's counts do not balance\n", row);
}

std::string CompareStockFlow(const std::vector<Event>& events, const ReadModel& model, OrgId org,
                             const Query& q, bool with_rows) {
  std::string diff;
  if (!with_rows) {
    CompareCounts(fmt::format("total {}", q.org),
                  CountStockFlow(model, org, q.from, q.to, q.structure),
                  RefStockFlow(events, q.org, q.from, q.to, q.structure), diff);
    return diff;
  }
  const StockFlowReport report = ComputeStockFlow(model, org, q.from, q.to, q.structure);
  CompareCounts(fmt::format("total {}", q.org), report.total.counts,
                RefStockFlow(events, q.org, q.from, q.to, q.structure), diff);
  std::set<std::string> rows;
  for (const StockFlowRow& row : report.rows) {
    const std::string& code = model.org(row.org).code;
    rows.insert(code);
    CompareCounts(fmt::format("row {}", code), row.counts,
                  RefStockFlow(events, code, q.from, q.to, q.structure), diff);
  }
  const RefChildren children = RefChildrenInPeriod(events, q.org, q.from, q.to, q.structure);
  std::set<std::string> missing, extra;
  std::set_difference(children.at_day_ends.begin(), children.at_day_ends.end(), rows.begin(),
                      rows.end(), std::inserter(missing, missing.end()));
  std::set_difference(rows.begin(), rows.end(), children.at_any_moment.begin(),
                      children.at_any_moment.end(), std::inserter(extra, extra.end()));
  if (!missing.empty()) diff += fmt::format("  child rows missing: {}\n", SetText(missing));
  if (!extra.empty()) diff += fmt::format("  child rows never children: {}\n", SetText(extra));
  return diff;
}

std::string CompareComposition(const std::vector<Event>& events, const ReadModel& model, OrgId org,
                               const Query& q) {
  std::string diff;
  const CompositionReport engine = ComputeComposition(model, org, q.to);
  const RefCompositionCounts ref = RefComposition(events, q.org, q.to);
  CompareNumber("total", engine.total, ref.total, diff);
  CompareNumber("exempted", engine.exempted, ref.exempted, diff);
  for (const auto& [dimension, ref_counts] : ref.by) {
    const auto it = std::find_if(engine.by.begin(), engine.by.end(),
                                 [&](const auto& entry) { return entry.first == dimension; });
    if (it == engine.by.end()) {
      diff += fmt::format("  dimension {} missing from the engine's report\n", dimension);
      continue;
    }
    CompareMaps(dimension, it->second, ref_counts, diff);
  }
  // A dimension the reference computes but found no one for must be empty too.
  for (const auto& [dimension, engine_counts] : engine.by) {
    if (ref.by.count(dimension) == 0 && ref.total == 0) {
      CompareMaps(dimension, engine_counts, {}, diff);
    }
  }
  return diff;
}

std::string CompareAdmissions(const std::vector<Event>& events, const ReadModel& model, OrgId org,
                              const Query& q) {
  std::string diff;
  const AdmissionsReport engine = ComputeAdmissions(model, org, q.from, q.to);
  const AdmissionsReport ref = RefAdmissions(events, q.org, q.from, q.to);
  CompareNumber("total", engine.total, ref.total, diff);
  CompareNumber("youth_union", engine.youth_union, ref.youth_union, diff);
  CompareNumber("women", engine.women, ref.women, diff);
  CompareNumber("ethnic_minority", engine.ethnic_minority, ref.ethnic_minority, diff);
  CompareNumber("religious", engine.religious, ref.religious, diff);
  return diff;
}

std::string CompareOrgCounts(const std::vector<Event>& events, const ReadModel& model, OrgId org,
                             const Query& q) {
  std::string diff;
  const OrgCountReport engine = ComputeOrgCounts(model, org, q.to);
  const OrgCountReport ref = RefOrgCounts(events, q.org, q.to);
  CompareNumber("total", engine.total, ref.total, diff);
  CompareNumber("grassroots", engine.grassroots, ref.grassroots, diff);
  CompareMaps("by_kind", engine.by_kind, ref.by_kind, diff);
  CompareMaps("by_sector", engine.by_sector, ref.by_sector, diff);
  return diff;
}

}  // namespace

std::string Query::Describe() const {
  switch (kind) {
    case Kind::kStockFlow:
      return fmt::format("report stock-flow --org {} --from {} --to {} --structure {}", org,
                         from.ToString(), to.ToString(),
                         structure == Structure::kPeriod ? "period" : "today");
    case Kind::kComposition:
      return fmt::format("report composition --org {} --on {}", org, to.ToString());
    case Kind::kAdmissions:
      return fmt::format("report admissions --org {} --from {} --to {}", org, from.ToString(),
                         to.ToString());
    case Kind::kOrgCounts: return fmt::format("report orgs --org {} --on {}", org, to.ToString());
  }
  return "";
}

std::string CompareWithReference(const std::vector<Event>& events, const ReadModel& model,
                                 const Query& query, bool with_rows) {
  const auto org = model.FindOrg(query.org);
  if (!org) return "";
  switch (query.kind) {
    case Query::Kind::kStockFlow: return CompareStockFlow(events, model, *org, query, with_rows);
    case Query::Kind::kComposition: return CompareComposition(events, model, *org, query);
    case Query::Kind::kAdmissions: return CompareAdmissions(events, model, *org, query);
    case Query::Kind::kOrgCounts: return CompareOrgCounts(events, model, *org, query);
  }
  return "";
}

bool IsValidLedger(const std::vector<Event>& events) {
  std::vector<const Event*> order;
  for (const Event& event : events) order.push_back(&event);
  std::stable_sort(order.begin(), order.end(),
                   [](const Event* a, const Event* b) { return AppliesBefore(*a, *b); });
  LedgerState state;
  for (const Event* event : order) {
    if (!state.Apply(*event).empty()) return false;
  }
  return true;
}

std::vector<Event> ShrinkLedger(std::vector<Event> events, Query* query) {
  bool with_rows = true;
  if (query->kind == Query::Kind::kStockFlow) {
    // "  total X opening: ..." or "  row X opening: ...": narrow to X's total.
    const std::string diff = CompareWithReference(events, BuildReadModel(events), *query);
    const size_t first = diff.find_first_not_of(' ');
    const size_t org_start = diff.find(' ', first) + 1;
    const std::string org = diff.substr(org_start, diff.find_first_of(" :", org_start) - org_start);
    Query narrow = *query;
    narrow.org = org;
    if (diff.compare(first, 4, "row ") == 0 || diff.compare(first, 6, "total ") == 0) {
      if (!CompareWithReference(events, BuildReadModel(events), narrow, false).empty()) {
        *query = narrow;
        with_rows = false;
      }
    }
  }
  auto still_fails = [&](const std::vector<Event>& candidate) {
    return IsValidLedger(candidate) &&
           !CompareWithReference(candidate, BuildReadModel(candidate), *query, with_rows).empty();
  };
  for (size_t chunk = std::max<size_t>(1, events.size() / 2); chunk >= 1; chunk /= 2) {
    bool progress = true;
    while (progress) {
      progress = false;
      for (size_t start = 0; start < events.size();) {
        std::vector<Event> candidate;
        candidate.reserve(events.size());
        for (size_t idx = 0; idx < events.size(); ++idx) {
          if (idx < start || idx >= start + chunk) candidate.push_back(events[idx]);
        }
        for (size_t idx = 0; idx < candidate.size(); ++idx) candidate[idx].seq = idx + 1;
        if (still_fails(candidate)) {
          events = std::move(candidate);
          progress = true;
        } else {
          start += chunk;
        }
      }
    }
    if (chunk == 1) break;
  }
  return events;
}

}  // namespace tochuc::reference
