// Import against a real SQLite file: every kind of bad input is refused with
// its exact line, field and reason, and leaves the database as it was.
#include "app/import_ledger.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "app/export_ledger.h"
#include "app/load_ledger.h"
#include "app/verify_store.h"
#include "store/sqlite/sqlite_audit_log.h"
#include "store/sqlite/sqlite_ledger_store.h"
#include "testing/test_directory.h"

namespace tochuc::app {
namespace {

using ::testing::HasSubstr;

const char* const kTree =
    R"({"type": "org.established", "date": "2023-01-01", "org": "P", "name": "Đảng bộ tỉnh", "kind": "province_committee", "sector": "dang_bo_tinh", "parent": null}
{"type": "org.established", "date": "2023-01-01", "org": "G1", "name": "Đảng bộ xã An Bình", "kind": "grassroots_committee", "sector": "xa", "parent": "P"}
{"type": "org.established", "date": "2023-01-01", "org": "S1", "name": "Chi bộ thôn Đông", "kind": "subordinate_cell", "sector": "xa", "parent": "G1"}
{"type": "member.registered", "date": "2023-01-01", "member": "M1", "org": "S1", "person": {"name": "Nguyễn Văn Đức", "sex": "M", "born_on": "1980-05-02", "ethnicity": "Kinh", "religion": "none", "education": "12/12", "theory_level": "elementary", "youth_union": true}, "status": "official", "admitted_on": "2005-03-01", "official_on": "2006-03-01"}
)";

std::string Admission(const std::string& date, const std::string& member,
                      const std::string& born_on = "2000-01-01", const std::string& org = "S1") {
  return R"({"type": "member.admitted", "date": ")" + date + R"(", "member": ")" + member +
         R"(", "org": ")" + org +
         R"(", "person": {"name": "Lê Thị Hoa", "sex": "F", "born_on": ")" + born_on +
         R"(", "ethnicity": "Tày", "religion": "none", "education": "12/12", "theory_level": "none", "youth_union": true}})";
}

class ImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tochuc::testing::FreshTestDirectory("import");
    store_ = std::make_unique<store::SqliteLedgerStore>((dir_ / "t.db").string());
    audit_ = std::make_unique<store::SqliteAuditLog>((dir_ / "t.db").string());
    ASSERT_TRUE(Import(kTree).problems.empty());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  ImportResult Import(const std::string& text) {
    std::istringstream in(text);
    return ImportLedger(*store_, in, {});
  }

  std::string Export() {
    std::ostringstream out;
    ExportLedger(*store_, out);
    return out.str();
  }

  // Imports `text` after the tree, expects it refused with the given first
  // problem, and checks the database still holds exactly what it held.
  void ExpectRefused(const std::string& text, size_t line, const std::string& field,
                     const std::string& reason) {
    const std::string before = Export();
    const Projection projection = store_->ReadProjection();
    const ImportResult result = Import(text);
    ASSERT_FALSE(result.problems.empty()) << "accepted: " << text;
    EXPECT_EQ(result.imported, 0u);
    const io::LineProblem& first = result.problems.front();
    EXPECT_EQ(first.line, line);
    EXPECT_EQ(first.problem.field, field);
    EXPECT_THAT(first.problem.message, HasSubstr(reason));
    EXPECT_EQ(Export(), before);
    EXPECT_TRUE(DiffProjections(projection, store_->ReadProjection()).empty());
  }

  std::filesystem::path dir_;
  std::unique_ptr<store::SqliteLedgerStore> store_;
  std::unique_ptr<store::SqliteAuditLog> audit_;
};

TEST_F(ImportTest, AcceptsAValidFileAndAppendsToTheLedger) {
  const ImportResult result =
      Import(Admission("2023-03-01", "M2") + "\n\n" + Admission("2023-03-02", "M3") + "\n");
  EXPECT_TRUE(result.problems.empty());
  EXPECT_EQ(result.imported, 2u);
  const VerifyResult verified = VerifyStore(*store_, *audit_);
  EXPECT_TRUE(verified.differences.empty());
  EXPECT_TRUE(verified.audit_problems.empty());
  EXPECT_EQ(store_->ReadLedger().size(), 6u);
}

TEST_F(ImportTest, AnAcceptedImportIsOneAuditEntryARefusedOneNone) {
  std::istringstream accepted(Admission("2023-03-01", "M2") + "\n" + Admission("2023-03-02", "M3") +
                              "\n");
  ImportOptions options;
  options.recorded_by = "clerk-s1";
  ASSERT_TRUE(ImportLedger(*store_, accepted, options).problems.empty());
  std::istringstream refused("not json\n");
  ASSERT_FALSE(ImportLedger(*store_, refused, options).problems.empty());
  std::vector<StoredAuditEntry> entries;
  audit_->ForEach([&](const StoredAuditEntry& stored) { entries.push_back(stored); });
  ASSERT_EQ(entries.size(), 2u);  // the tree's import, then this one
  EXPECT_EQ(entries[1].entry.actor, "clerk-s1");
  EXPECT_EQ(entries[1].entry.action, "ledger.appended");
  EXPECT_EQ(entries[1].entry.detail, R"({"first_seq":5,"last_seq":6,"lines":2})");
  EXPECT_TRUE(audit_->Verify().empty());
}

TEST_F(ImportTest, IgnoresAByteOrderMarkAtTheStart) {
  EXPECT_TRUE(Import("\xEF\xBB\xBF" + Admission("2023-03-01", "M2") + "\n").problems.empty());
  EXPECT_EQ(store_->ReadLedger().size(), 5u);
}

TEST_F(ImportTest, RefusesMalformedJson) {
  ExpectRefused(Admission("2023-03-01", "M2") + "\n{\"type\": \"member.died\",\n", 2, "line",
                "malformed JSON");
}

TEST_F(ImportTest, RefusesInvalidUtf8) {
  ExpectRefused(
      "{\"type\": \"org.renamed\", \"date\": \"2023-02-01\", \"org\": \"S1\", \"name\": \"Chi "
      "b\xff\"}\n",
      1, "line", "invalid UTF-8 at byte 74");
}

TEST_F(ImportTest, RefusesANonObjectLine) {
  ExpectRefused("[1, 2]\n", 1, "line", "must be a JSON object");
}

TEST_F(ImportTest, RefusesUnknownType) {
  ExpectRefused(R"({"type": "member.promoted", "date": "2023-02-01", "member": "M1"})"
                "\n",
                1, "type", "unknown value 'member.promoted'");
}

TEST_F(ImportTest, RefusesMissingField) {
  ExpectRefused(R"({"type": "member.transferred", "date": "2023-02-01", "member": "M1"})"
                "\n",
                1, "to", "is required");
}

TEST_F(ImportTest, RefusesIllTypedField) {
  ExpectRefused(R"({"type": "member.died", "date": "2023-02-01", "member": 17})"
                "\n",
                1, "member", "must be a string");
  ExpectRefused(Admission("2023-03-01", "M2")
                        .replace(Admission("2023-03-01", "M2").find("true"), 4, "\"yes\"") +
                    "\n",
                1, "person.youth_union", "must be true or false");
}

TEST_F(ImportTest, RefusesImpossibleDate) {
  ExpectRefused(R"({"type": "member.died", "date": "2023-02-30", "member": "M1"})"
                "\n",
                1, "date", "'2023-02-30' is not a real date");
}

TEST_F(ImportTest, RefusesUnknownEnumValues) {
  ExpectRefused(
      R"({"type": "member.removed", "date": "2023-02-01", "member": "M1", "reason": "bored"})"
      "\n",
      1, "reason", "unknown value 'bored'");
}

TEST_F(ImportTest, RefusesRuleBreakingEventsWithTheirLine) {
  ExpectRefused(
      Admission("2023-03-01", "M2") + "\n" + Admission("2023-03-01", "M3", "2010-01-01") + "\n", 2,
      "person.born_on", "age at admission is 13 years");
  ExpectRefused(
      Admission("2023-03-01", "M2") + "\n" +
          R"({"type": "member.recognized_official", "date": "2023-12-01", "member": "M2"})"
          "\n",
      2, "date", "recognition is allowed from 2024-03-01");
  ExpectRefused(R"({"type": "member.recognized_official", "date": "2023-12-01", "member": "M1"})"
                "\n",
                1, "member", "only probationary members");
  ExpectRefused(Admission("2023-03-01", "M1") + "\n", 1, "member", "already in use");
  ExpectRefused(Admission("2023-03-01", "M2", "2000-01-01", "G1") + "\n", 1, "org",
                "members belong only to cells or party groups");
  ExpectRefused(Admission("2023-03-01", "M2", "2000-01-01", "NOPE") + "\n", 1, "org",
                "unknown organization 'NOPE'");
  ExpectRefused(R"({"type": "org.dissolved", "date": "2023-02-01", "org": "S1"})"
                "\n",
                1, "org", "still has 1 member(s)");
}

TEST_F(ImportTest, SaysWhenAnEventIsDatedBeforeItsSubjectExists) {
  ExpectRefused(R"({"type": "member.died", "date": "2023-02-01", "member": "M2"})"
                "\n" +
                    Admission("2023-03-01", "M2") + "\n",
                1, "member",
                "date 2023-02-01 is before member 'M2' exists (from 2023-03-01, line 2)");
}

TEST_F(ImportTest, ChecksAFileOutOfDateOrderInTheOrderEventsTakeEffect) {
  // The death is recorded after the admission but dated before it: checked
  // again in effective order, it comes first and finds no such member yet.
  ExpectRefused(Admission("2023-05-01", "M2") + "\n" +
                    R"({"type": "member.died", "date": "2023-03-01", "member": "M2"})"
                    "\n",
                2, "member",
                "date 2023-03-01 is before member 'M2' exists (from 2023-05-01, line 1)");
}

TEST_F(ImportTest, ReportsEveryProblemNotJustTheFirst) {
  const ImportResult result =
      Import("not json\n" + Admission("2023-03-01", "M2") + "\n" +
             R"({"type": "member.died", "date": "2023-13-01", "member": "M1"})"
             "\n" +
             R"({"type": "member.died", "date": "2023-04-01", "member": "NOBODY"})"
             "\n");
  ASSERT_EQ(result.problems.size(), 3u);
  EXPECT_EQ(result.problems[0].line, 1u);
  EXPECT_EQ(result.problems[1].line, 3u);
  EXPECT_EQ(result.problems[2].line, 4u);
  EXPECT_EQ(result.problems[2].problem.message, "unknown member 'NOBODY'");
  EXPECT_EQ(store_->ReadLedger().size(), 4u);
}

TEST_F(ImportTest, LateEventsApplyOnTheirEffectiveDate) {
  // Recorded after the transfer but dated before it: valid in the state of its date.
  const ImportResult result = Import(
      R"({"type": "org.established", "date": "2023-01-01", "org": "S2", "name": "Chi bộ thôn Tây", "kind": "subordinate_cell", "sector": "xa", "parent": "G1"})"
      "\n" +
      std::string(
          R"({"type": "member.transferred", "date": "2023-06-01", "member": "M1", "to": "S2"})") +
      "\n" +
      R"({"type": "member.exempted", "date": "2023-02-01", "member": "M1"})"
      "\n");
  EXPECT_TRUE(result.problems.empty());
  EXPECT_TRUE(VerifyStore(*store_, *audit_).differences.empty());
}

TEST_F(ImportTest, NormalizesTextToNfc) {
  const ImportResult result = Import(
      "{\"type\": \"org.renamed\", \"date\": \"2023-02-01\", \"org\": \"S1\", \"name\": \"Thôn "
      "Đo\xcc\x82ng\"}\n");
  ASSERT_TRUE(result.problems.empty());
  EXPECT_THAT(Export(), HasSubstr("Thôn Đông"));
}

TEST_F(ImportTest, ExportThenImportGivesTheSameLedger) {
  ASSERT_TRUE(Import(Admission("2023-03-01", "M2") + "\n").problems.empty());
  const std::string exported = Export();
  store::SqliteLedgerStore copy((dir_ / "copy.db").string());
  std::istringstream in(exported);
  ASSERT_TRUE(ImportLedger(copy, in, {}).problems.empty());
  std::ostringstream again;
  ExportLedger(copy, again);
  EXPECT_EQ(again.str(), exported);
  EXPECT_TRUE(DiffProjections(store_->ReadProjection(), copy.ReadProjection()).empty());
}

// Enough lines for several batches of the streaming import.
std::string ManyAdmissions(size_t count) {
  std::string text;
  for (size_t idx = 0; idx < count; ++idx) {
    // Not "N" + std::to_string(idx): GCC 12 at -O3 warns about that (-Wrestrict, bug 105651).
    std::string member = "N";
    member += std::to_string(idx);
    text += Admission("2023-03-01", member) + "\n";
  }
  return text;
}

TEST_F(ImportTest, FindsAProblemDeepInALargeFileAndWritesNothing) {
  std::string text = ManyAdmissions(40'000);
  text += R"({"type": "member.died", "date": "2023-04-01", "member": "N39999"})"
          "\n";
  text += R"({"type": "member.died", "date": "2023-04-02", "member": "N39999"})"
          "\n";
  ExpectRefused(text, 40'002, "member", "");
}

TEST_F(ImportTest, ReturnsTheReadModelOfTheWholeLedger) {
  const ImportResult result = Import(ManyAdmissions(20'000));
  ASSERT_TRUE(result.problems.empty());
  ASSERT_TRUE(result.model.has_value());
  const ReadModel loaded = LoadReadModel(*store_);
  const Date day = *Date::Parse("2023-12-31");
  EXPECT_EQ(result.model->HeadcountsAt(day), loaded.HeadcountsAt(day));
  EXPECT_EQ(result.model->Headcount(*result.model->FindOrg("S1"), day), 20'001);
}

int64_t IndexCount(const std::filesystem::path& db) {
  store::Db raw(db.string());
  store::Statement count = raw.Prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index'");
  count.Step();
  return count.Int(0);
}

TEST_F(ImportTest, AFirstImportKeepsTheSchemaWhetherRefusedOrAccepted) {
  const std::filesystem::path path = dir_ / "first.db";
  auto store = std::make_unique<store::SqliteLedgerStore>(path.string());
  const int64_t indexes = IndexCount(path);
  ASSERT_GT(indexes, 0);
  {
    std::istringstream refused(std::string(kTree) + "not json\n");
    EXPECT_FALSE(ImportLedger(*store, refused, {}).problems.empty());
  }
  EXPECT_EQ(IndexCount(path), indexes);
  EXPECT_TRUE(store->ReadLedger().empty());
  {
    std::istringstream accepted(kTree);
    EXPECT_TRUE(ImportLedger(*store, accepted, {}).problems.empty());
  }
  EXPECT_EQ(IndexCount(path), indexes);
  EXPECT_EQ(store->ReadLedger().size(), 4u);
  store::SqliteAuditLog audit(path.string());
  const VerifyResult verified = VerifyStore(*store, audit);
  EXPECT_TRUE(verified.differences.empty());
  EXPECT_TRUE(verified.audit_problems.empty());
}

}  // namespace
}  // namespace tochuc::app
