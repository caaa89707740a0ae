// The SQLite ledger store's reads of lines recorded late against figures
// taken earlier.
#include "store/sqlite/sqlite_ledger_store.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "testing/test_directory.h"

namespace tochuc::store {
namespace {

class SqliteLedgerStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tochuc::testing::FreshTestDirectory("ledger-store");
    store_ = std::make_unique<SqliteLedgerStore>((dir_ / "t.db").string());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Appends one line per date, numbered on from the last, bodies naming their seq.
  void Append(const std::string& by, std::initializer_list<Date> dates) {
    auto append = store_->BeginAppend(by);
    for (const Date date : dates) {
      Event event;
      event.seq = ++last_seq_;
      event.date = date;
      append->Add(event, fmt::format(R"({{"seq":{}}})", event.seq));
    }
    append->Commit(LedgerState());
  }

  std::filesystem::path dir_;
  std::unique_ptr<SqliteLedgerStore> store_;
  uint64_t last_seq_ = 0;
};

TEST_F(SqliteLedgerStoreTest, LateLinesAreThoseRecordedAfterTheFiguresAndDatedByTheirEnd) {
  const Date january = Date::FromCivil(2026, 1, 15), march = Date::FromCivil(2026, 3, 31),
             april = Date::FromCivil(2026, 4, 1);
  Append("import", {january, march});                     // 1, 2: in the figures taken at 2
  Append("canbo", {april, Date::FromCivil(2026, 2, 1)});  // 3: after the period; 4: late
  Append("vanthu", {march});                              // 5: late, on the period's last day
  std::vector<RecordedLine> late;
  store_->ForEachLateLine(2, march, [&](const RecordedLine& line) { late.push_back(line); });
  ASSERT_EQ(late.size(), 2u);
  EXPECT_EQ(late[0].line.seq, 4u);
  EXPECT_EQ(late[0].line.body, R"({"seq":4})");
  EXPECT_EQ(late[0].recorded_by, "canbo");
  EXPECT_FALSE(late[0].recorded_at.empty());
  EXPECT_EQ(late[1].line.seq, 5u);
  EXPECT_EQ(late[1].recorded_by, "vanthu");
  size_t none = 0;
  store_->ForEachLateLine(5, april, [&](const RecordedLine&) { ++none; });
  EXPECT_EQ(none, 0u);
}

}  // namespace
}  // namespace tochuc::store
