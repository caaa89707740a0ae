// The reference reports against the contract's example ledgers and their
// expected answers (../shared/examples/*.expected.json), and the engine
// against the reference on the same queries. This checks the reference
// itself: it must reproduce answers worked out independently of it.
//
// The examples are found through TOCHUC_SHARED_DIR (set by CMake); the test
// is skipped when they are absent.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "domain/read_model_builder.h"
#include "ledger_jsonl.h"
#include "reference_reports.h"
#include "report_comparison.h"

namespace tochuc::reference {
namespace {

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int64_t Number(const Json& value) { return std::stoll(value.text); }

// Each field of an expected object against the reference's value; `actual`
// maps the field names the reference knows. Maps may omit zero counts.
void ExpectCounts(const Json& expected, const std::map<std::string, int64_t>& actual,
                  const std::string& what) {
  for (const auto& [key, value] : expected.fields) {
    if (value.kind != Json::Kind::kNumber) continue;
    const auto it = actual.find(key);
    ASSERT_NE(it, actual.end()) << what << ": the reference has no field " << key;
    EXPECT_EQ(it->second, Number(value)) << what << " " << key;
  }
}

void ExpectMap(const Json* expected, const std::map<std::string, int64_t>& actual,
               const std::string& what) {
  if (!expected) return;
  std::map<std::string, int64_t> want, got;
  for (const auto& [key, value] : expected->fields) {
    if (Number(value) != 0) want[key] = Number(value);
  }
  for (const auto& [key, value] : actual) {
    if (value != 0) got[key] = value;
  }
  EXPECT_EQ(got, want) << what;
}

std::map<std::string, int64_t> Fields(const StockFlowCounts& c) {
  return {{"opening", c.opening},
          {"admitted", c.admitted},
          {"readmitted", c.readmitted},
          {"registered", c.registered},
          {"transferred_in", c.transferred_in},
          {"reorganized_in", c.reorganized_in},
          {"transferred_out", c.transferred_out},
          {"reorganized_out", c.reorganized_out},
          {"removed", c.removed},
          {"expelled", c.expelled},
          {"died", c.died},
          {"probation_removed", c.probation_removed},
          {"closing", c.closing}};
}

// Checks one `{"command": [...], "expect": {...}}` entry; returns the query
// so that the engine can be compared too, or nullopt for another report.
std::optional<Query> CheckExpected(const std::vector<Event>& events, const Json& entry) {
  const Json* command = entry.Find("command");
  const Json* expect = entry.Find("expect");
  if (!command || !expect || command->items.size() < 2) return std::nullopt;
  std::map<std::string, std::string> flags;
  for (size_t idx = 2; idx + 1 < command->items.size(); idx += 2) {
    flags[command->items[idx].text] = command->items[idx + 1].text;
  }
  const std::string report = command->items[1].text;
  std::string what = report;
  for (const auto& [flag, value] : flags) what += " " + flag + " " + value;
  SCOPED_TRACE(what);
  Query q;
  q.org = flags["--org"];
  if (report == "stock-flow") {
    q.kind = Query::Kind::kStockFlow;
    q.from = *Date::Parse(flags["--from"]);
    q.to = *Date::Parse(flags["--to"]);
    q.structure = flags["--structure"] == "today" ? Structure::kToday : Structure::kPeriod;
    ExpectCounts(*expect->Find("total"),
                 Fields(RefStockFlow(events, q.org, q.from, q.to, q.structure)), what);
  } else if (report == "composition") {
    q.kind = Query::Kind::kComposition;
    q.to = *Date::Parse(flags["--on"]);
    const RefCompositionCounts c = RefComposition(events, q.org, q.to);
    ExpectCounts(*expect, {{"total", c.total}, {"exempted", c.exempted}}, what);
    if (const Json* by = expect->Find("by")) {
      for (const auto& [dimension, counts] : by->fields) {
        const auto it = c.by.find(dimension);
        ExpectMap(&counts, it == c.by.end() ? std::map<std::string, int64_t>{} : it->second,
                  what + " " + dimension);
      }
    }
  } else if (report == "admissions") {
    q.kind = Query::Kind::kAdmissions;
    q.from = *Date::Parse(flags["--from"]);
    q.to = *Date::Parse(flags["--to"]);
    const AdmissionsReport a = RefAdmissions(events, q.org, q.from, q.to);
    ExpectCounts(*expect,
                 {{"total", a.total},
                  {"youth_union", a.youth_union},
                  {"women", a.women},
                  {"ethnic_minority", a.ethnic_minority},
                  {"religious", a.religious}},
                 what);
  } else if (report == "orgs") {
    q.kind = Query::Kind::kOrgCounts;
    q.to = *Date::Parse(flags["--on"]);
    const OrgCountReport o = RefOrgCounts(events, q.org, q.to);
    ExpectCounts(*expect, {{"total", o.total}, {"grassroots", o.grassroots}}, what);
    ExpectMap(expect->Find("by_kind"), o.by_kind, what + " by_kind");
    ExpectMap(expect->Find("by_sector"), o.by_sector, what + " by_sector");
  } else {
    ADD_FAILURE() << "unknown report in the examples: " << report;
    return std::nullopt;
  }
  return q;
}

class SharedExamples : public ::testing::TestWithParam<const char*> {};

TEST_P(SharedExamples, ReferenceGivesTheExpectedAnswers) {
  const std::string dir = std::string(TOCHUC_SHARED_DIR) + "/examples/";
  const auto ledger_text = ReadFile(dir + GetParam() + ".jsonl");
  const auto expected_text = ReadFile(dir + GetParam() + ".expected.json");
  if (!ledger_text || !expected_text) GTEST_SKIP() << "no examples in " << dir;
  size_t bad_line = 0;
  const auto events = ReadLedger(*ledger_text, &bad_line);
  ASSERT_TRUE(events) << GetParam() << ".jsonl: cannot read line " << bad_line;
  ASSERT_TRUE(IsValidLedger(*events));
  const auto expected = ParseJson(*expected_text);
  ASSERT_TRUE(expected && expected->Find("queries"));
  const ReadModel model = BuildReadModel(*events);
  int checked = 0;
  for (const Json& entry : expected->Find("queries")->items) {
    const auto query = CheckExpected(*events, entry);
    if (!query) continue;
    ++checked;
    EXPECT_EQ(CompareWithReference(*events, model, *query), "") << query->Describe();
  }
  EXPECT_GT(checked, 10);
}

INSTANTIATE_TEST_SUITE_P(Ledgers, SharedExamples,
                         ::testing::Values("small-province", "generated-101"));

}  // namespace
}  // namespace tochuc::reference
