#include "domain/report_review.h"

#include <fmt/format.h>

namespace tochuc {
namespace {

Problem Refused(std::string field, std::string message, std::string vi) {
  return {ProblemCode::kRuleBroken, std::move(field), std::move(message), {}, std::move(vi)};
}

bool MayReview(Role role) { return role == Role::kAdmin || role == Role::kStaff; }

}  // namespace

std::string_view ReviewStatusName(ReviewStatus status) {
  switch (status) {
    case ReviewStatus::kNotSubmitted: return "not_submitted";
    case ReviewStatus::kSubmitted: return "submitted";
    case ReviewStatus::kReturned: return "returned";
    case ReviewStatus::kApproved: return "approved";
  }
  return "";
}

std::string_view ReviewActionName(ReviewAction action) {
  switch (action) {
    case ReviewAction::kSubmit: return "submit";
    case ReviewAction::kReturn: return "return";
    case ReviewAction::kApprove: return "approve";
  }
  return "";
}

std::optional<ReviewAction> ParseReviewAction(std::string_view name) {
  for (ReviewAction action : {ReviewAction::kSubmit, ReviewAction::kReturn, ReviewAction::kApprove})
    if (ReviewActionName(action) == name) return action;
  return std::nullopt;
}

ReviewStatus StatusAfter(const std::vector<ReviewStep>& steps) {
  ReviewStatus status = ReviewStatus::kNotSubmitted;
  for (const ReviewStep& step : steps) {
    switch (step.action) {
      case ReviewAction::kSubmit: status = ReviewStatus::kSubmitted; break;
      case ReviewAction::kReturn: status = ReviewStatus::kReturned; break;
      case ReviewAction::kApprove: status = ReviewStatus::kApproved; break;
    }
  }
  return status;
}

Problems CheckReviewAction(ReviewStatus status, ReviewAction action, Role role, ReviewerPlace place,
                           const std::string& comment) {
  Problems out;
  if (status == ReviewStatus::kApproved) {
    out.push_back(Refused("action", "the report is approved and locked",
                          "báo cáo đã được duyệt và khóa, không thể thay đổi"));
    return out;
  }
  switch (action) {
    case ReviewAction::kSubmit:
      if (!(role == Role::kAdmin || (role == Role::kStaff && place == ReviewerPlace::kTheUnit))) {
        out.push_back(Refused("action", "only the unit's own staff submit its report",
                              "chỉ cán bộ của chính đơn vị mới gửi báo cáo của đơn vị"));
      } else if (status == ReviewStatus::kSubmitted) {
        out.push_back(Refused("action", "the report is already submitted and awaits review",
                              "báo cáo đã gửi, đang chờ cấp trên xem xét"));
      }
      break;
    case ReviewAction::kReturn:
    case ReviewAction::kApprove:
      if (!MayReview(role) || place != ReviewerPlace::kLevelAbove) {
        out.push_back(Refused("action", "only a level above the unit reviews its report",
                              "chỉ cấp trên của đơn vị mới duyệt hoặc trả lại báo cáo"));
      } else if (status != ReviewStatus::kSubmitted) {
        out.push_back(Refused("action", "only a submitted report is reviewed",
                              "báo cáo chưa được gửi nên chưa thể duyệt hoặc trả lại"));
      }
      if (action == ReviewAction::kReturn &&
          comment.find_first_not_of(" \t\r\n") == std::string::npos) {
        out.push_back(
            Refused("comment", "a returned report says why", "trả lại báo cáo cần ghi rõ lý do"));
      }
      break;
  }
  return out;
}

}  // namespace tochuc
