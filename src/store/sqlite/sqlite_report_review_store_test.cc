// Reporting periods and report steps on a real SQLite file: kept as written,
// each with its audit entry, a step refused when another came in between.
#include "store/sqlite/sqlite_report_review_store.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "store/sqlite/sqlite_audit_log.h"
#include "testing/test_directory.h"

namespace tochuc::store {
namespace {

class SqliteReportReviewStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tochuc::testing::FreshTestDirectory("reviews");
    path_ = (dir_ / "t.db").string();
    store_ = std::make_unique<SqliteReportReviewStore>(path_);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  int64_t OpenQuarter() {
    return store_->OpenPeriod({0, "Quý I năm 2026", *Date::Parse("2026-01-01"),
                               *Date::Parse("2026-03-31"), "quantri", ""},
                              {"quantri", "report_period.opened", "Quý I năm 2026", "{}"});
  }

  StoredReviewStep Step(int64_t period, ReviewAction action, std::string by,
                        std::string snapshot = "") {
    return {period, "X01", {action, std::move(by), "", ""}, std::move(snapshot)};
  }

  size_t AuditCount() {
    size_t n = 0;
    SqliteAuditLog(path_).ForEach([&](const StoredAuditEntry&) { ++n; });
    return n;
  }

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<SqliteReportReviewStore> store_;
};

TEST_F(SqliteReportReviewStoreTest, PeriodsAreKeptAsOpened) {
  const int64_t id = OpenQuarter();
  const std::optional<ReportingPeriod> found = store_->FindPeriod(id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->title, "Quý I năm 2026");
  EXPECT_EQ(found->to.ToString(), "2026-03-31");
  EXPECT_EQ(found->opened_by, "quantri");
  EXPECT_FALSE(found->opened_at.empty());
  EXPECT_EQ(store_->ListPeriods().size(), 1u);
  EXPECT_FALSE(store_->FindPeriod(id + 1));
  EXPECT_EQ(AuditCount(), 1u);
  Db raw(path_);
  EXPECT_THROW(raw.Exec("UPDATE report_periods SET to_day = '2026-06-30'"), SqliteError);
  EXPECT_THROW(raw.Exec("DELETE FROM report_periods"), SqliteError);
}

TEST_F(SqliteReportReviewStoreTest, StepsAreAppendedInOrderWithTheirSnapshot) {
  const int64_t period = OpenQuarter();
  const AuditEntry audit{"canbo", "report.submitted", "X01", "{}"};
  ASSERT_TRUE(store_->AppendStep(Step(period, ReviewAction::kSubmit, "canbo", R"({"closing":5})"),
                                 0, audit));
  StoredReviewStep returned = Step(period, ReviewAction::kReturn, "tinh");
  returned.step.comment = "Thiếu số liệu";
  ASSERT_TRUE(store_->AppendStep(returned, 1, audit));
  const std::vector<StoredReviewStep> steps = store_->StepsOf(period, "X01");
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[0].snapshot, R"({"closing":5})");
  EXPECT_EQ(steps[1].step.action, ReviewAction::kReturn);
  EXPECT_EQ(steps[1].step.comment, "Thiếu số liệu");
  EXPECT_EQ(steps[1].step.by, "tinh");
  EXPECT_FALSE(steps[1].step.at.empty());
  EXPECT_EQ(StatusAfter({steps[0].step, steps[1].step}), ReviewStatus::kReturned);
  EXPECT_EQ(AuditCount(), 3u);
  Db raw(path_);
  EXPECT_THROW(raw.Exec("UPDATE report_steps SET action = 'approve'"), SqliteError);
  EXPECT_THROW(raw.Exec("DELETE FROM report_steps"), SqliteError);
}

TEST_F(SqliteReportReviewStoreTest, AStepAfterAnotherCameInBetweenIsRefused) {
  const int64_t period = OpenQuarter();
  const AuditEntry audit{"canbo", "report.submitted", "X01", "{}"};
  ASSERT_TRUE(store_->AppendStep(Step(period, ReviewAction::kSubmit, "canbo"), 0, audit));
  // Two reviewers saw one step; the first to act wins.
  EXPECT_TRUE(store_->AppendStep(Step(period, ReviewAction::kApprove, "tinh1"), 1, audit));
  EXPECT_FALSE(store_->AppendStep(Step(period, ReviewAction::kApprove, "tinh2"), 1, audit));
  EXPECT_EQ(store_->StepsOf(period, "X01").size(), 2u);
  // Another unit's report has its own steps.
  StoredReviewStep other = Step(period, ReviewAction::kSubmit, "canbo2");
  other.org = "X02";
  EXPECT_TRUE(store_->AppendStep(other, 0, audit));
  EXPECT_EQ(store_->StepsOf(period, "X01").size(), 2u);
  EXPECT_EQ(store_->StepsOf(period, "X02").size(), 1u);
  EXPECT_EQ(AuditCount(), 4u);  // the period and three steps; nothing for the refused one
}

}  // namespace
}  // namespace tochuc::store
