#include "domain/event.h"

#include <array>
#include <utility>

namespace tochuc {
namespace {

constexpr std::array<std::pair<EventType, std::string_view>, 19> kEventTypes = {{
    {EventType::kOrgEstablished, "org.established"},
    {EventType::kOrgRenamed, "org.renamed"},
    {EventType::kOrgMoved, "org.moved"},
    {EventType::kOrgMerged, "org.merged"},
    {EventType::kOrgDissolved, "org.dissolved"},
    {EventType::kMemberRegistered, "member.registered"},
    {EventType::kMemberAdmitted, "member.admitted"},
    {EventType::kMemberRecognizedOfficial, "member.recognized_official"},
    {EventType::kMemberProbationRemoved, "member.probation_removed"},
    {EventType::kMemberTransferred, "member.transferred"},
    {EventType::kMemberTransferredOut, "member.transferred_out"},
    {EventType::kMemberTransferredIn, "member.transferred_in"},
    {EventType::kMemberExempted, "member.exempted"},
    {EventType::kMemberExemptionEnded, "member.exemption_ended"},
    {EventType::kMemberRemoved, "member.removed"},
    {EventType::kMemberExpelled, "member.expelled"},
    {EventType::kMemberDied, "member.died"},
    {EventType::kMemberReadmitted, "member.readmitted"},
    {EventType::kMemberCorrected, "member.corrected"},
}};

constexpr std::array<std::pair<RemovalReason, std::string_view>, 4> kReasons = {{
    {RemovalReason::kAskedToLeave, "asked_to_leave"},
    {RemovalReason::kDroppedOut, "dropped_out"},
    {RemovalReason::kUnpaidDues, "unpaid_dues"},
    {RemovalReason::kOther, "other"},
}};

}  // namespace

std::optional<EventType> ParseEventType(std::string_view name) {
  for (const auto& [type, type_name] : kEventTypes) {
    if (type_name == name) return type;
  }
  return std::nullopt;
}

std::string_view EventTypeName(EventType type) {
  return kEventTypes[static_cast<size_t>(type)].second;
}

bool IsOrgEvent(EventType type) { return type <= EventType::kOrgDissolved; }

std::optional<MemberStatus> ParseMemberStatus(std::string_view name) {
  if (name == "probationary") return MemberStatus::kProbationary;
  if (name == "official") return MemberStatus::kOfficial;
  return std::nullopt;
}

std::string_view MemberStatusName(MemberStatus status) {
  return status == MemberStatus::kProbationary ? "probationary" : "official";
}

std::optional<RemovalReason> ParseRemovalReason(std::string_view name) {
  for (const auto& [reason, reason_name] : kReasons) {
    if (reason_name == name) return reason;
  }
  return std::nullopt;
}

std::string_view RemovalReasonName(RemovalReason reason) {
  return kReasons[static_cast<size_t>(reason)].second;
}

}  // namespace tochuc
