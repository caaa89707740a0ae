// The review workflow end to end on a real SQLite store and a live read
// model: open, submit, return, resubmit, approve, lock; only the level above
// reviews; a late event leaves the locked figures as they were.
#include "app/report_reviews.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <filesystem>

#include "domain/read_model_builder.h"
#include "domain/read_model_updater.h"
#include "domain/testing/event_builders.h"
#include "store/sqlite/sqlite_report_review_store.h"

namespace tochuc::app {
namespace {

using namespace tochuc::testing;  // NOLINT: test-only builders

User AUser(std::string login, Role role, std::string org) {
  User user;
  user.login = std::move(login);
  user.role = role;
  user.org = std::move(org);
  return user;
}

int64_t Closing(const std::string& snapshot) {
  return boost::json::parse(snapshot).at("stock_flow").at("total").at("closing").as_int64();
}

class ReportReviewsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           fmt::format("tochuc-review-app-{}-{}", ::getpid(),
                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    store_ = std::make_unique<store::SqliteReportReviewStore>((dir_ / "t.db").string());
    ReadModelBuilder builder;
    for (const Event& event : Numbered({
             Established("2026-01-01", "T", OrgKind::kProvinceCommittee, std::nullopt),
             Established("2026-01-01", "X1", OrgKind::kGrassrootsCommittee, "T"),
             Established("2026-01-01", "X2", OrgKind::kGrassrootsCommittee, "T"),
             Established("2026-01-01", "C1", OrgKind::kSubordinateCell, "X1"),
             Registered("2026-01-01", "M1", "C1"),
             Registered("2026-01-01", "M2", "C1"),
         })) {
      ASSERT_TRUE(builder.Add(event).empty());
    }
    ReadModel model = std::move(builder).Finish();
    live_ = std::make_unique<LiveReadModel>(std::move(builder).TakeState(), std::move(model));
    period_ =
        OpenReportingPeriod(*store_, Admin(), {"Quý I năm 2026", D("2026-01-01"), D("2026-03-31")});
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Viewer Admin() { return {AUser("quantri", Role::kAdmin, "T"), std::nullopt, std::nullopt}; }

  ReviewStatus Act(const User& user, ReviewAction action, const std::string& comment = "") {
    return ActOnReport(*live_, *store_, user, period_, "X1", action, comment);
  }

  RefusalKind RefusedAs(const User& user, ReviewAction action, const std::string& comment = "") {
    try {
      Act(user, action, comment);
    } catch (const Refusal& refusal) {
      return refusal.kind();
    }
    ADD_FAILURE() << "accepted";
    return RefusalKind::kConflict;
  }

  std::filesystem::path dir_;
  std::unique_ptr<store::SqliteReportReviewStore> store_;
  std::unique_ptr<LiveReadModel> live_;
  int64_t period_ = 0;
  const User unit_ = AUser("canbo.x1", Role::kStaff, "X1");
  const User above_ = AUser("canbo.tinh", Role::kStaff, "T");
  const User sibling_ = AUser("canbo.x2", Role::kStaff, "X2");
};

TEST_F(ReportReviewsTest, SubmitReturnResubmitApproveAndTheLockHolds) {
  EXPECT_EQ(Act(unit_, ReviewAction::kSubmit), ReviewStatus::kSubmitted);
  EXPECT_EQ(RefusedAs(above_, ReviewAction::kReturn, " "), RefusalKind::kInvalid);
  EXPECT_EQ(Act(above_, ReviewAction::kReturn, "Thiếu số liệu"), ReviewStatus::kReturned);
  EXPECT_EQ(Act(unit_, ReviewAction::kSubmit), ReviewStatus::kSubmitted);
  EXPECT_EQ(Act(above_, ReviewAction::kApprove), ReviewStatus::kApproved);
  EXPECT_EQ(RefusedAs(unit_, ReviewAction::kSubmit), RefusalKind::kNotAllowed);

  const std::vector<UnitReport> board = StatusBoard(*live_, *store_, above_, period_, "T");
  ASSERT_EQ(board.size(), 3u);  // T itself, then X1 and X2
  EXPECT_EQ(board[1].status, ReviewStatus::kApproved);
  EXPECT_TRUE(board[1].locked);
  EXPECT_EQ(board[1].steps.size(), 4u);
  EXPECT_EQ(board[1].steps[1].comment, "Thiếu số liệu");
  EXPECT_EQ(board[2].status, ReviewStatus::kNotSubmitted);
  EXPECT_EQ(Closing(board[1].submitted), 2);
}

TEST_F(ReportReviewsTest, OnlyTheLevelAboveReviews) {
  Act(unit_, ReviewAction::kSubmit);
  EXPECT_EQ(RefusedAs(unit_, ReviewAction::kApprove), RefusalKind::kNotAllowed);
  // Another unit at the same level cannot see X1 at all.
  EXPECT_EQ(RefusedAs(sibling_, ReviewAction::kApprove), RefusalKind::kNotFound);
  EXPECT_EQ(RefusedAs(AUser("vanthu", Role::kClerk, "T"), ReviewAction::kApprove),
            RefusalKind::kNotAllowed);
  EXPECT_EQ(RefusedAs(above_, ReviewAction::kSubmit), RefusalKind::kNotAllowed);
  EXPECT_EQ(Act(above_, ReviewAction::kApprove), ReviewStatus::kApproved);
}

TEST_F(ReportReviewsTest, ALateEventLeavesTheLockedFiguresAsTheyWere) {
  Act(unit_, ReviewAction::kSubmit);
  Act(above_, ReviewAction::kApprove);
  // An admission dated inside the locked quarter, recorded afterwards.
  Event late = Admitted("2026-03-15", "M3", "C1", APerson("2000-01-01"));
  late.seq = 100;
  ASSERT_TRUE(live_->Record(late).empty());
  const std::vector<UnitReport> board = StatusBoard(*live_, *store_, above_, period_, "T");
  EXPECT_EQ(Closing(board[1].submitted), 2);  // locked as approved
  // The live figures moved: the difference is the next period's adjustment.
  const int64_t live_closing = live_->Read([](const ReadModel& model) {
    return CountStockFlow(model, *model.FindOrg("X1"), D("2026-01-01"), D("2026-03-31"),
                          Structure::kPeriod)
        .closing;
  });
  EXPECT_EQ(live_closing, 3);
  const StockFlowCounts next = live_->Read([](const ReadModel& model) {
    return CountStockFlow(model, *model.FindOrg("X1"), D("2026-04-01"), D("2026-06-30"),
                          Structure::kPeriod);
  });
  EXPECT_EQ(AdjustToLocked(next, Closing(board[1].submitted)).adjustment, 1);
}

TEST_F(ReportReviewsTest, PeriodsAreOpenedByAdminsWithAValidRange) {
  EXPECT_THROW(OpenReportingPeriod(*store_, {unit_, std::nullopt, std::nullopt},
                                   {"Quý II", D("2026-04-01"), D("2026-06-30")}),
               Refusal);
  try {
    OpenReportingPeriod(*store_, Admin(), {"Quý II", D("2026-06-30"), D("2026-04-01")});
    ADD_FAILURE() << "accepted";
  } catch (const Refusal& refusal) {
    EXPECT_EQ(refusal.field(), "to");
  }
  EXPECT_THROW(ActOnReport(*live_, *store_, unit_, period_ + 7, "X1", ReviewAction::kSubmit, ""),
               Refusal);
}

}  // namespace
}  // namespace tochuc::app
