// The reference reports against the contract's example ledgers and their
// expected answers (../shared/examples/*.expected.json), and the engine
// against the reference on the same queries. This checks the reference
// itself: it must reproduce answers worked out independently of it.
//
// The examples are found through TOCHUC_SHARED_DIR (set by CMake); the test
// is skipped when they are absent.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "domain/read_model_builder.h"
#include "io/ledger_reader.h"
#include "reference_reports.h"
#include "report_comparison.h"

namespace tochuc::reference {
namespace {

namespace json = boost::json;

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int64_t Number(const json::value& value) { return value.to_number<int64_t>(); }

// The member of an object, or nullptr when absent or when `value` is not an
// object.
const json::value* Find(const json::value& value, std::string_view key) {
  const json::object* object = value.if_object();
  return object ? object->if_contains(key) : nullptr;
}

// The members of an object (none when `value` is not an object).
const json::object& Members(const json::value& value) {
  static const json::object kEmpty;
  const json::object* object = value.if_object();
  return object ? *object : kEmpty;
}

// The items of an array (none when `value` is not an array).
const json::array& Items(const json::value& value) {
  static const json::array kEmpty;
  const json::array* array = value.if_array();
  return array ? *array : kEmpty;
}

std::string Text(const json::value& value) {
  const json::string* text = value.if_string();
  return text ? std::string(*text) : std::string();
}

// Each field of an expected object against the reference's value; `actual`
// maps the field names the reference knows. Maps may omit zero counts.
void ExpectCounts(const json::value& expected, const std::map<std::string, int64_t>& actual,
                  const std::string& what) {
  for (const auto& [key, value] : Members(expected)) {
    if (!value.is_number()) continue;
    const auto it = actual.find(std::string(key));
    ASSERT_NE(it, actual.end()) << what << ": the reference has no field " << key;
    EXPECT_EQ(it->second, Number(value)) << what << " " << key;
  }
}

void ExpectMap(const json::value* expected, const std::map<std::string, int64_t>& actual,
               const std::string& what) {
  if (!expected) return;
  std::map<std::string, int64_t> want, got;
  for (const auto& [key, value] : Members(*expected)) {
    if (Number(value) != 0) want[std::string(key)] = Number(value);
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
std::optional<Query> CheckExpected(const std::vector<Event>& events, const json::value& entry) {
  const json::value* command = Find(entry, "command");
  const json::value* expect = Find(entry, "expect");
  if (!command || !expect || Items(*command).size() < 2) return std::nullopt;
  const json::array& words = Items(*command);
  std::map<std::string, std::string> flags;
  for (size_t idx = 2; idx + 1 < words.size(); idx += 2) {
    flags[Text(words[idx])] = Text(words[idx + 1]);
  }
  const std::string report = Text(words[1]);
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
    ExpectCounts(*Find(*expect, "total"),
                 Fields(RefStockFlow(events, q.org, q.from, q.to, q.structure)), what);
  } else if (report == "composition") {
    q.kind = Query::Kind::kComposition;
    q.to = *Date::Parse(flags["--on"]);
    const RefCompositionCounts c = RefComposition(events, q.org, q.to);
    ExpectCounts(*expect, {{"total", c.total}, {"exempted", c.exempted}}, what);
    if (const json::value* by = Find(*expect, "by")) {
      for (const auto& [dimension, counts] : Members(*by)) {
        const auto it = c.by.find(std::string(dimension));
        ExpectMap(&counts, it == c.by.end() ? std::map<std::string, int64_t>{} : it->second,
                  what + " " + std::string(dimension));
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
    ExpectMap(Find(*expect, "by_kind"), o.by_kind, what + " by_kind");
    ExpectMap(Find(*expect, "by_sector"), o.by_sector, what + " by_sector");
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
  std::istringstream ledger_in(*ledger_text);
  const io::ReadLedgerResult read = io::ReadLedger(ledger_in);
  ASSERT_TRUE(read.problems.empty())
      << GetParam() << ".jsonl: cannot read line " << read.problems.front().line << ": "
      << read.problems.front().problem.field << ": " << read.problems.front().problem.message;
  std::vector<Event> events;
  for (const io::LedgerLine& line : read.lines) {
    events.push_back(line.event);
    events.back().seq = line.line;  // events numbered by line
  }
  ASSERT_TRUE(IsValidLedger(events));
  boost::system::error_code error;
  const json::value expected = json::parse(*expected_text, error);
  ASSERT_TRUE(!error && Find(expected, "queries"));
  const ReadModel model = BuildReadModel(events);
  int checked = 0;
  for (const json::value& entry : Items(*Find(expected, "queries"))) {
    const auto query = CheckExpected(events, entry);
    if (!query) continue;
    ++checked;
    EXPECT_EQ(CompareWithReference(events, model, *query), "") << query->Describe();
  }
  EXPECT_GT(checked, 10);
}

INSTANTIATE_TEST_SUITE_P(Ledgers, SharedExamples,
                         ::testing::Values("small-province", "generated-101"));

}  // namespace
}  // namespace tochuc::reference
