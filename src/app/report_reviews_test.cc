// The review workflow end to end on a real SQLite store and a live read
// model: open, submit, return, resubmit, approve, lock; only the level above
// reviews; a late event leaves the locked figures as they were, is listed
// among the corrections, and the next period opens against the lock.
#include "app/report_reviews.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <sstream>

#include "app/import_ledger.h"
#include "app/late_corrections.h"
#include "app/load_ledger.h"
#include "app/record_event.h"
#include "domain/testing/event_builders.h"
#include "store/sqlite/sqlite_ledger_store.h"
#include "store/sqlite/sqlite_report_review_store.h"
#include "testing/test_directory.h"

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

// The ledger of a province with two communes, imported into a real store.
constexpr const char* kLedger = R"(
{"type": "org.established", "date": "2026-01-01", "org": "T", "name": "Đảng bộ tỉnh", "kind": "province_committee", "sector": "dang_bo_tinh", "parent": null}
{"type": "org.established", "date": "2026-01-01", "org": "X1", "name": "Đảng bộ xã Một", "kind": "grassroots_committee", "sector": "xa", "parent": "T"}
{"type": "org.established", "date": "2026-01-01", "org": "X2", "name": "Đảng bộ xã Hai", "kind": "grassroots_committee", "sector": "xa", "parent": "T"}
{"type": "org.established", "date": "2026-01-01", "org": "C1", "name": "Chi bộ thôn Một", "kind": "subordinate_cell", "sector": "xa", "parent": "X1"}
{"type": "org.established", "date": "2026-01-01", "org": "C2", "name": "Chi bộ thôn Hai", "kind": "subordinate_cell", "sector": "xa", "parent": "X2"}
{"type": "member.registered", "date": "2026-01-01", "member": "M1", "org": "C1", "person": {"name": "Nguyễn Văn Một", "sex": "M", "born_on": "1980-05-02", "ethnicity": "Kinh", "religion": "none", "education": "12/12", "theory_level": "elementary", "youth_union": false}, "status": "official", "admitted_on": "2005-03-01", "official_on": "2006-03-01"}
{"type": "member.registered", "date": "2026-01-01", "member": "M2", "org": "C1", "person": {"name": "Trần Thị Hai", "sex": "F", "born_on": "1985-01-20", "ethnicity": "Kinh", "religion": "none", "education": "12/12", "theory_level": "elementary", "youth_union": false}, "status": "official", "admitted_on": "2010-02-03", "official_on": "2011-02-03"}
{"type": "member.registered", "date": "2026-01-01", "member": "M5", "org": "C2", "person": {"name": "Phạm Văn Năm", "sex": "M", "born_on": "1979-03-03", "ethnicity": "Kinh", "religion": "none", "education": "12/12", "theory_level": "elementary", "youth_union": false}, "status": "official", "admitted_on": "2004-03-01", "official_on": "2005-03-01"}
)";

// An admission into C1 (under X1) on `date`.
std::string Admission(const char* date, const char* member) {
  return fmt::format(
      R"({{"type": "member.admitted", "date": "{}", "member": "{}", "org": "C1", "doc": "9-QĐ/ĐU", )"
      R"("person": {{"name": "Lê Văn Ba", "sex": "M", "born_on": "2000-01-01", "ethnicity": "Kinh", )"
      R"("religion": "none", "education": "12/12", "theory_level": "elementary", "youth_union": true}}}})",
      date, member);
}

class ReportReviewsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tochuc::testing::FreshTestDirectory("review-app");
    const std::string path = (dir_ / "t.db").string();
    ledger_ = std::make_unique<store::SqliteLedgerStore>(path);
    std::istringstream in(kLedger);
    ASSERT_TRUE(ImportLedger(*ledger_, in, {}).problems.empty());
    live_ = LoadLiveReadModel(*ledger_);
    recorder_ = std::make_unique<EventRecorder>(*ledger_, *live_);
    store_ = std::make_unique<store::SqliteReportReviewStore>(path);
    period_ =
        OpenReportingPeriod(*store_, Admin(), {"Quý I năm 2026", D("2026-01-01"), D("2026-03-31")});
  }
  void TearDown() override {
    recorder_.reset();
    store_.reset();
    ledger_.reset();
    std::filesystem::remove_all(dir_);
  }

  void Record(const std::string& line) {
    ASSERT_TRUE(recorder_->Record(Admin().user, line).problems.empty()) << line;
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
  std::unique_ptr<store::SqliteLedgerStore> ledger_;
  std::unique_ptr<LiveReadModel> live_;
  std::unique_ptr<EventRecorder> recorder_;
  std::unique_ptr<store::SqliteReportReviewStore> store_;
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

TEST_F(ReportReviewsTest, ALateEventLeavesTheLockedFiguresAsTheyWereAndIsListed) {
  Act(unit_, ReviewAction::kSubmit);
  Act(above_, ReviewAction::kApprove);
  ActOnReport(*live_, *store_, sibling_, period_, "X2", ReviewAction::kSubmit, "");
  ActOnReport(*live_, *store_, above_, period_, "X2", ReviewAction::kApprove, "");
  // Recorded after the lock: an admission into X1 dated inside the locked
  // quarter, M5's move from X2 to X1 inside it too, and an admission after it.
  Record(Admission("2026-03-15", "M3"));
  Record(
      R"({"type": "member.transferred", "date": "2026-03-20", "member": "M5", "to": "C1", "doc": "5-QĐ/ĐU"})");
  Record(Admission("2026-04-02", "M4"));
  const std::vector<UnitReport> board = StatusBoard(*live_, *store_, above_, period_, "T");
  EXPECT_EQ(Closing(board[1].submitted), 2);  // locked as approved
  EXPECT_EQ(Closing(board[2].submitted), 1);

  const Corrections x1 = CorrectionsOf(*live_, *store_, *ledger_, unit_, period_, "X1");
  ASSERT_TRUE(x1.locked && x1.lines_known);
  EXPECT_EQ(x1.locked->total.closing, 2);
  EXPECT_EQ(x1.now_total.closing, 4);
  EXPECT_EQ(x1.now_total.admitted, 1);
  EXPECT_EQ(x1.now_total.transferred_in, 1);
  ASSERT_EQ(x1.lines.size(), 2u);  // the April one is not the quarter's
  EXPECT_EQ(x1.lines[0].member, "M3");
  EXPECT_EQ(x1.lines[0].member_name, "Lê Văn Ba");
  EXPECT_EQ(x1.lines[0].type, "member.admitted");
  EXPECT_EQ(x1.lines[0].recorded_by, "quantri");
  EXPECT_EQ(x1.lines[1].type, "member.transferred");
  EXPECT_EQ(x1.lines[1].member, "M5");
  // X2 lost M5 by the same line; X2's staff no longer see who moved.
  const Corrections x2 = CorrectionsOf(*live_, *store_, *ledger_, sibling_, period_, "X2");
  EXPECT_EQ(x2.now_total.closing, 0);
  ASSERT_EQ(x2.lines.size(), 1u);
  EXPECT_EQ(x2.lines[0].type, "member.transferred");
  EXPECT_EQ(x2.lines[0].member, "");
  EXPECT_EQ(x2.lines[0].member_name, "");
  EXPECT_EQ(CorrectionsOf(*live_, *store_, *ledger_, above_, period_, "X2").lines[0].member, "M5");
  // The board counts each locked unit's lines as its corrections list them.
  std::vector<UnitReport> counted = StatusBoard(*live_, *store_, above_, period_, "T");
  CountCorrections(*live_, *ledger_, *store_->FindPeriod(period_), counted);
  EXPECT_EQ(counted[0].corrections, std::nullopt);  // T's report is not locked
  EXPECT_EQ(counted[1].corrections, std::optional<int64_t>(x1.lines.size()));
  EXPECT_EQ(counted[2].corrections, std::optional<int64_t>(x2.lines.size()));

  // The next quarter opens against the locked closings: each an adjustment.
  const int64_t next =
      OpenReportingPeriod(*store_, Admin(), {"Quý II năm 2026", D("2026-04-01"), D("2026-06-30")});
  ASSERT_TRUE(LockedReportEnding(*store_, "X1", D("2026-03-31")));
  EXPECT_EQ(ActOnReport(*live_, *store_, above_, next, "T", ReviewAction::kSubmit, ""),
            ReviewStatus::kSubmitted);
  EXPECT_EQ(ActOnReport(*live_, *store_, unit_, next, "X1", ReviewAction::kSubmit, ""),
            ReviewStatus::kSubmitted);
  const std::vector<UnitReport> next_board = StatusBoard(*live_, *store_, above_, next, "T");
  const boost::json::value x1_next = boost::json::parse(next_board[1].submitted);
  const boost::json::value& carried = x1_next.at("stock_flow").at("locked_before");
  EXPECT_EQ(x1_next.at("stock_flow").at("total").at("opening").as_int64(), 4);
  EXPECT_EQ(carried.at("closing").as_int64(), 2);
  EXPECT_EQ(carried.at("adjustment").as_int64(), 2);
  EXPECT_EQ(carried.at("title").as_string(), "Quý I năm 2026");
  // T's own Q1 report was never locked: T's Q2 opens against nothing.
  EXPECT_FALSE(boost::json::parse(next_board[0].submitted)
                   .at("stock_flow")
                   .as_object()
                   .contains("locked_before"));
}

// X1 locked first, X2 after a line that concerns both: each counts only the
// lines recorded after its own figures.
TEST_F(ReportReviewsTest, TheBoardCountsEachUnitsLinesFromItsOwnLock) {
  Act(unit_, ReviewAction::kSubmit);
  Act(above_, ReviewAction::kApprove);
  Record(R"({"type": "member.transferred", "date": "2026-03-20", "member": "M5", "to": "C1"})");
  ActOnReport(*live_, *store_, sibling_, period_, "X2", ReviewAction::kSubmit, "");
  ActOnReport(*live_, *store_, above_, period_, "X2", ReviewAction::kApprove, "");
  Record(Admission("2026-03-25", "M3"));
  Record(R"({"type": "member.transferred", "date": "2026-03-28", "member": "M5", "to": "C2"})");
  std::vector<UnitReport> board = StatusBoard(*live_, *store_, above_, period_, "T");
  CountCorrections(*live_, *ledger_, *store_->FindPeriod(period_), board);
  EXPECT_EQ(board[1].corrections, 3);  // both transfers and the admission
  EXPECT_EQ(board[2].corrections, 1);  // the transfer back only
  for (size_t unit : {1u, 2u}) {
    EXPECT_EQ(board[unit].corrections,
              static_cast<int64_t>(
                  CorrectionsOf(*live_, *store_, *ledger_, above_, period_, board[unit].code)
                      .lines.size()))
        << board[unit].code;
  }
}

TEST_F(ReportReviewsTest, FiguresLockedBeforeSnapshotsNamedTheirLineListNoLinesAndSaySo) {
  // X1's snapshot as submitted, without the ledger line it was taken at,
  // locked for X2 as an older version stored it.
  Act(unit_, ReviewAction::kSubmit);
  boost::json::object snapshot =
      boost::json::parse(StatusBoard(*live_, *store_, above_, period_, "X1")[0].submitted)
          .as_object();
  ASSERT_TRUE(snapshot.erase("ledger_seq"));
  const AuditEntry audit{"canbo", "report.submit", "X2", "{}"};
  ASSERT_TRUE(store_->AppendStep({period_,
                                  "X2",
                                  {ReviewAction::kSubmit, "canbo.x2", "", ""},
                                  boost::json::serialize(snapshot)},
                                 0, audit));
  ASSERT_TRUE(store_->AppendStep(
      {period_, "X2", {ReviewAction::kApprove, "canbo.tinh", "", ""}, ""}, 1, audit));
  Record(R"({"type": "member.transferred", "date": "2026-03-20", "member": "M5", "to": "C1"})");
  const Corrections x2 = CorrectionsOf(*live_, *store_, *ledger_, above_, period_, "X2");
  ASSERT_TRUE(x2.locked);
  EXPECT_FALSE(x2.locked->ledger_seq);
  EXPECT_FALSE(x2.lines_known);
  EXPECT_TRUE(x2.lines.empty());
  std::vector<UnitReport> board = StatusBoard(*live_, *store_, above_, period_, "X2");
  CountCorrections(*live_, *ledger_, *store_->FindPeriod(period_), board);
  EXPECT_EQ(board[0].corrections, std::nullopt);  // not known, so not counted
}

TEST_F(ReportReviewsTest, ACorrectionsListIsOnlyForAUnitInScope) {
  Act(unit_, ReviewAction::kSubmit);
  EXPECT_FALSE(CorrectionsOf(*live_, *store_, *ledger_, above_, period_, "X1").locked);
  EXPECT_THROW(CorrectionsOf(*live_, *store_, *ledger_, sibling_, period_, "X1"), Refusal);
  EXPECT_THROW(CorrectionsOf(*live_, *store_, *ledger_, above_, period_ + 9, "X1"), Refusal);
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
