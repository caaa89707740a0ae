// The read-model snapshot on real files: a model read back answers every
// report exactly as the model built from the ledger; a stale or damaged
// snapshot is never used.
#include "app/load_ledger.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/import_ledger.h"
#include "app/list_members.h"
#include "domain/admissions_report.h"
#include "domain/composition_report.h"
#include "domain/org_count_report.h"
#include "domain/stock_flow_report.h"
#include "generate/province_generator.h"
#include "io/event_json.h"
#include "io/report_json.h"
#include "store/snapshot/read_model_snapshot.h"
#include "store/sqlite/sqlite_ledger_store.h"
#include "testing/test_directory.h"

namespace tochuc::app {
namespace {

std::string GeneratedLedger(int64_t members, uint64_t seed) {
  std::string text;
  generate::GenerateProvince({members, seed}, [&](const Event& event) {
    text += boost::json::serialize(io::EventToJson(event));
    text += '\n';
  });
  return text;
}

// Every report, on a few units and periods, as one text to compare.
std::string EveryReport(const ReadModel& model) {
  std::string out;
  const Date end = *model.last_event_date;
  for (uint32_t org_idx = 0; org_idx < model.orgs.size(); org_idx += 37) {
    const auto org = static_cast<OrgId>(org_idx);
    for (Date from : {end.AddYears(-5), end.AddMonths(-3)}) {
      for (Structure structure : {Structure::kPeriod, Structure::kToday}) {
        out += boost::json::serialize(
            io::StockFlowToJson(model, ComputeStockFlow(model, org, from, end, structure)));
      }
      out += boost::json::serialize(io::AdmissionsToJson(ComputeAdmissions(model, org, from, end)));
      out += boost::json::serialize(io::CompositionToJson(ComputeComposition(model, org, from)));
      out += boost::json::serialize(io::OrgCountsToJson(ComputeOrgCounts(model, org, from)));
    }
    for (const MemberListing& listing : ListMembers(model, org, end, "nguyen")) {
      out += std::string(model.directory.id(listing.member)) + ' ';
    }
    out += '\n';
  }
  return out;
}

class SnapshotTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tochuc::testing::FreshTestDirectory("snapshot");
    store_ = std::make_unique<store::SqliteLedgerStore>((dir_ / "t.db").string());
    Import(GeneratedLedger(3000, 11));
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void Import(const std::string& text) {
    std::istringstream in(text);
    ASSERT_TRUE(ImportLedger(*store_, in, {}).problems.empty());
  }
  std::filesystem::path snapshot() const { return dir_ / "t.db.model"; }

  std::filesystem::path dir_;
  std::unique_ptr<store::SqliteLedgerStore> store_;
};

TEST_F(SnapshotTest, ReadBackAnswersEveryReportLikeTheLedger) {
  const std::string from_ledger = EveryReport(LoadReadModel(*store_));
  ASSERT_FALSE(std::filesystem::exists(snapshot()));
  EXPECT_EQ(EveryReport(LoadReadModel(*store_, snapshot(), true)), from_ledger);
  ASSERT_TRUE(std::filesystem::exists(snapshot()));
  const auto written = std::filesystem::last_write_time(snapshot());
  // The second load reads the file (and leaves it as it was).
  EXPECT_EQ(EveryReport(LoadReadModel(*store_, snapshot(), true)), from_ledger);
  EXPECT_EQ(std::filesystem::last_write_time(snapshot()), written);
}

TEST_F(SnapshotTest, ReportsLoadWithoutTheDirectoryOfNames) {
  const ReadModel built = LoadReadModel(*store_, snapshot(), true);
  const ReadModel reports_only = LoadReadModel(*store_, snapshot(), false);
  EXPECT_EQ(reports_only.directory.size(), 0u);
  EXPECT_EQ(built.directory.size(), built.members.size());
  const OrgId root = static_cast<OrgId>(0);
  const Date end = *built.last_event_date;
  for (Structure structure : {Structure::kPeriod, Structure::kToday}) {
    EXPECT_EQ(
        boost::json::serialize(io::StockFlowToJson(
            reports_only, ComputeStockFlow(reports_only, root, end.AddYears(-2), end, structure))),
        boost::json::serialize(io::StockFlowToJson(
            built, ComputeStockFlow(built, root, end.AddYears(-2), end, structure))));
  }
  // Without its names file the snapshot cannot serve a member listing: rebuilt.
  std::filesystem::remove(ReadModelSnapshot::DirectoryPath(snapshot()));
  EXPECT_EQ(LoadReadModel(*store_, snapshot(), true).directory.size(), built.members.size());
  EXPECT_TRUE(std::filesystem::exists(ReadModelSnapshot::DirectoryPath(snapshot())));
}

TEST_F(SnapshotTest, ALedgerThatGrewMakesTheSnapshotStale) {
  const ReadModel before = LoadReadModel(*store_, snapshot(), true);
  const std::string org = before.orgs.back().code;
  const std::string last_day = before.last_event_date->ToString();
  Import(R"({"type": "org.renamed", "date": ")" + last_day + R"(", "org": ")" + org +
         R"(", "name": "Chi bộ mới đổi tên"})" + "\n");
  const ReadModel after = LoadReadModel(*store_, snapshot(), true);
  EXPECT_EQ(after.org(*after.FindOrg(org)).name, "Chi bộ mới đổi tên");
  EXPECT_EQ(EveryReport(LoadReadModel(*store_, snapshot(), true)),
            EveryReport(LoadReadModel(*store_)));
}

// A snapshot behind the ledger is brought up to date with the lines after
// it, through the ledger state saved beside it, instead of a replay; a line
// dated before the lines before it can only be placed by a replay.
TEST_F(SnapshotTest, ASnapshotBehindTheLedgerCatchesUpWithTheLinesAfterIt) {
  const std::string text = GeneratedLedger(2000, 5);
  std::vector<std::string> lines;
  std::istringstream all(text);
  for (std::string line; std::getline(all, line);) lines.push_back(line + "\n");
  const size_t cut = lines.size() * 4 / 5;
  auto join = [&](size_t from, size_t to) {
    std::string out;
    for (size_t k = from; k < to; ++k) out += lines[k];
    return out;
  };
  store::SqliteLedgerStore split((dir_ / "split.db").string());
  const std::filesystem::path split_snapshot = dir_ / "split.db.model";
  auto import = [&](const std::string& part) {
    std::istringstream in(part);
    ASSERT_TRUE(ImportLedger(split, in, {}).problems.empty());
  };
  std::vector<std::string> notes;
  auto note = [&](std::string_view said) { notes.emplace_back(said); };

  import(join(0, cut));
  LoadReadModel(split, split_snapshot, true, note);  // builds and saves the snapshot
  EXPECT_TRUE(std::filesystem::exists(split_snapshot.string() + ".state"));
  import(join(cut, lines.size()));
  const std::string caught_up = EveryReport(LoadReadModel(split, split_snapshot, true, note));
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes.front(), fmt::format("the read model caught up with {} lines after its snapshot",
                                       lines.size() - cut));
  EXPECT_EQ(caught_up, EveryReport(LoadReadModel(split)));
  // Saved again: the next load reads it as it is.
  EXPECT_EQ(EveryReport(LoadReadModel(split, split_snapshot, true, note)), caught_up);
  EXPECT_EQ(notes.size(), 1u);

  // A line dated before the last day: the snapshot is rebuilt from the ledger.
  const ReadModel current = LoadReadModel(split);
  const MemberId member{0};
  import(R"({"type": "member.corrected", "date": ")" +
         current.last_event_date->AddDays(-30).ToString() + R"(", "member": ")" +
         std::string(current.directory.id(member)) + R"(", "person": {"name": "Tên Đã Sửa"}})" +
         "\n");
  const ReadModel rebuilt = LoadReadModel(split, split_snapshot, true, note);
  EXPECT_EQ(notes.size(), 1u);
  EXPECT_EQ(rebuilt.directory.name(member), "Tên Đã Sửa");
  EXPECT_EQ(EveryReport(rebuilt), EveryReport(LoadReadModel(split)));
}

// A process that stays up starts its live model from the snapshot and the
// state beside it, without a replay, and goes on recording.
TEST_F(SnapshotTest, ALiveModelStartsFromTheSnapshotsAndRecords) {
  const std::string from_ledger = EveryReport(LoadReadModel(*store_));
  LoadReadModel(*store_, snapshot(), true);  // saves the snapshots
  std::vector<std::string> notes;
  const std::unique_ptr<LiveReadModel> live = LoadLiveReadModel(
      *store_, snapshot(), [&](std::string_view said) { notes.emplace_back(said); });
  EXPECT_TRUE(notes.empty());
  EXPECT_EQ(live->Read([](const ReadModel& model) { return EveryReport(model); }), from_ledger);
  const auto [code, day] = live->Read([](const ReadModel& model) {
    return std::pair{model.orgs.back().code, *model.last_event_date};
  });
  Event rename;
  rename.type = EventType::kOrgRenamed;
  rename.date = day;
  rename.org = code;
  rename.name = "Chi bộ đổi tên khi đang chạy";
  ASSERT_TRUE(live->Record(rename).empty());
  EXPECT_EQ(
      live->Read([&](const ReadModel& model) { return model.org(*model.FindOrg(code)).name; }),
      "Chi bộ đổi tên khi đang chạy");
}

TEST_F(SnapshotTest, ADamagedSnapshotIsRebuilt) {
  const std::string expected = EveryReport(LoadReadModel(*store_, snapshot(), true));
  const auto size = std::filesystem::file_size(snapshot());
  for (const uintmax_t cut : {size - 1, size / 2, uintmax_t{3}}) {
    std::filesystem::resize_file(snapshot(), cut);
    EXPECT_EQ(EveryReport(LoadReadModel(*store_, snapshot(), true)), expected) << "cut at " << cut;
    EXPECT_EQ(std::filesystem::file_size(snapshot()), size);
  }
  {
    std::fstream file(snapshot(), std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(8);
    file.put('\x7f');  // another format version
  }
  EXPECT_EQ(EveryReport(LoadReadModel(*store_, snapshot(), true)), expected);
}

}  // namespace
}  // namespace tochuc::app
