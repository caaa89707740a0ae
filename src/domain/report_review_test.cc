// The review workflow's rules: submit, return, resubmit, approve, lock; only
// the level above reviews.
#include "domain/report_review.h"

#include <gtest/gtest.h>

namespace tochuc {
namespace {

bool Allowed(ReviewStatus status, ReviewAction action, Role role, ReviewerPlace place,
             const std::string& comment = "") {
  return CheckReviewAction(status, action, role, place, comment).empty();
}

TEST(ReportReviewTest, SubmitReturnResubmitApproveLock) {
  std::vector<ReviewStep> steps;
  EXPECT_EQ(StatusAfter(steps), ReviewStatus::kNotSubmitted);
  ASSERT_TRUE(
      Allowed(StatusAfter(steps), ReviewAction::kSubmit, Role::kStaff, ReviewerPlace::kTheUnit));
  steps.push_back({ReviewAction::kSubmit, "canbo.xa", "2026-01-05T08:00:00Z", ""});
  EXPECT_EQ(StatusAfter(steps), ReviewStatus::kSubmitted);
  ASSERT_TRUE(Allowed(StatusAfter(steps), ReviewAction::kReturn, Role::kStaff,
                      ReviewerPlace::kLevelAbove, "Thiếu số liệu chi bộ thôn Đông"));
  steps.push_back({ReviewAction::kReturn, "canbo.tinh", "2026-01-06T08:00:00Z", "Thiếu số liệu"});
  EXPECT_EQ(StatusAfter(steps), ReviewStatus::kReturned);
  ASSERT_TRUE(
      Allowed(StatusAfter(steps), ReviewAction::kSubmit, Role::kStaff, ReviewerPlace::kTheUnit));
  steps.push_back({ReviewAction::kSubmit, "canbo.xa", "2026-01-07T08:00:00Z", ""});
  ASSERT_TRUE(Allowed(StatusAfter(steps), ReviewAction::kApprove, Role::kStaff,
                      ReviewerPlace::kLevelAbove));
  steps.push_back({ReviewAction::kApprove, "canbo.tinh", "2026-01-08T08:00:00Z", ""});
  EXPECT_EQ(StatusAfter(steps), ReviewStatus::kApproved);
  // Locked: nobody changes it any more, an admin neither.
  for (ReviewAction action :
       {ReviewAction::kSubmit, ReviewAction::kReturn, ReviewAction::kApprove}) {
    for (Role role : {Role::kAdmin, Role::kStaff}) {
      for (ReviewerPlace place : {ReviewerPlace::kTheUnit, ReviewerPlace::kLevelAbove}) {
        const Problems problems =
            CheckReviewAction(ReviewStatus::kApproved, action, role, place, "lý do");
        ASSERT_EQ(problems.size(), 1u);
        EXPECT_EQ(problems[0].vi, "báo cáo đã được duyệt và khóa, không thể thay đổi");
      }
    }
  }
}

TEST(ReportReviewTest, OnlyALevelAboveReviewsAndOnlyTheUnitSubmits) {
  for (ReviewAction action : {ReviewAction::kReturn, ReviewAction::kApprove}) {
    EXPECT_FALSE(
        Allowed(ReviewStatus::kSubmitted, action, Role::kStaff, ReviewerPlace::kTheUnit, "x"));
    EXPECT_FALSE(
        Allowed(ReviewStatus::kSubmitted, action, Role::kStaff, ReviewerPlace::kElsewhere, "x"));
    EXPECT_FALSE(
        Allowed(ReviewStatus::kSubmitted, action, Role::kAdmin, ReviewerPlace::kTheUnit, "x"));
    for (Role role : {Role::kClerk, Role::kInspector, Role::kMember})
      EXPECT_FALSE(
          Allowed(ReviewStatus::kSubmitted, action, role, ReviewerPlace::kLevelAbove, "x"));
    EXPECT_TRUE(
        Allowed(ReviewStatus::kSubmitted, action, Role::kAdmin, ReviewerPlace::kLevelAbove, "x"));
  }
  EXPECT_FALSE(Allowed(ReviewStatus::kNotSubmitted, ReviewAction::kSubmit, Role::kStaff,
                       ReviewerPlace::kLevelAbove));
  EXPECT_FALSE(Allowed(ReviewStatus::kNotSubmitted, ReviewAction::kSubmit, Role::kClerk,
                       ReviewerPlace::kTheUnit));
  EXPECT_TRUE(Allowed(ReviewStatus::kNotSubmitted, ReviewAction::kSubmit, Role::kAdmin,
                      ReviewerPlace::kElsewhere));
}

TEST(ReportReviewTest, ReviewingNeedsASubmittedReportAndReturningNeedsAReason) {
  EXPECT_FALSE(Allowed(ReviewStatus::kNotSubmitted, ReviewAction::kApprove, Role::kStaff,
                       ReviewerPlace::kLevelAbove));
  EXPECT_FALSE(Allowed(ReviewStatus::kReturned, ReviewAction::kApprove, Role::kStaff,
                       ReviewerPlace::kLevelAbove));
  EXPECT_FALSE(Allowed(ReviewStatus::kSubmitted, ReviewAction::kSubmit, Role::kStaff,
                       ReviewerPlace::kTheUnit));
  const Problems problems = CheckReviewAction(ReviewStatus::kSubmitted, ReviewAction::kReturn,
                                              Role::kStaff, ReviewerPlace::kLevelAbove, "  \n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "comment");
  EXPECT_EQ(problems[0].vi, "trả lại báo cáo cần ghi rõ lý do");
}

TEST(ReportReviewTest, NamesRoundTrip) {
  for (ReviewAction action : {ReviewAction::kSubmit, ReviewAction::kReturn, ReviewAction::kApprove})
    EXPECT_EQ(ParseReviewAction(ReviewActionName(action)), action);
  EXPECT_EQ(ParseReviewAction("lock"), std::nullopt);
  EXPECT_EQ(ReviewStatusName(ReviewStatus::kNotSubmitted), "not_submitted");
}

}  // namespace
}  // namespace tochuc
