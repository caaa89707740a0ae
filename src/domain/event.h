// Event: one line of the ledger (ledger-format.md), already parsed and typed.
//
// An Event is a plain value. Which fields are meaningful depends on `type`;
// the io layer fills exactly those, and the state machine (LedgerState)
// checks the rules. `seq` is the recording order (the line's position in the
// ledger), which breaks ties between events of the same effective date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/org_kind.h"
#include "domain/person.h"

namespace tochuc {

enum class EventType : uint8_t {
  kOrgEstablished,
  kOrgRenamed,
  kOrgMoved,
  kOrgMerged,
  kOrgDissolved,
  kMemberRegistered,
  kMemberAdmitted,
  kMemberRecognizedOfficial,
  kMemberProbationRemoved,
  kMemberTransferred,
  kMemberTransferredOut,
  kMemberTransferredIn,
  kMemberExempted,
  kMemberExemptionEnded,
  kMemberRemoved,
  kMemberExpelled,
  kMemberDied,
  kMemberReadmitted,
  kMemberCorrected,
};

// "member.admitted" and back; nullopt for an unknown type name.
std::optional<EventType> ParseEventType(std::string_view name);
std::string_view EventTypeName(EventType type);
bool IsOrgEvent(EventType type);

enum class MemberStatus : uint8_t { kProbationary, kOfficial };
std::optional<MemberStatus> ParseMemberStatus(std::string_view name);
std::string_view MemberStatusName(MemberStatus status);

enum class RemovalReason : uint8_t { kAskedToLeave, kDroppedOut, kUnpaidDues, kOther };
std::optional<RemovalReason> ParseRemovalReason(std::string_view name);
std::string_view RemovalReasonName(RemovalReason reason);

struct Event {
  EventType type = EventType::kOrgEstablished;
  Date date;
  uint64_t seq = 0;
  std::string doc;
  std::string note;

  std::string org;  // the org concerned, or where a member enters
  std::string member;

  // org.established / org.renamed / org.moved
  std::string name;
  OrgKind kind = OrgKind::kGrassrootsCell;
  std::string sector;
  std::optional<std::string> parent;  // nullopt: the root

  // org.merged
  std::vector<std::string> orgs;
  std::string into;

  // member events that create or correct a record
  PersonPatch person;
  MemberStatus status = MemberStatus::kProbationary;
  std::optional<Date> admitted_on;
  std::optional<Date> official_on;

  std::string to;           // member.transferred
  std::string destination;  // member.transferred_out
  RemovalReason reason = RemovalReason::kOther;
};

// Orders events as they apply: by effective date, then by recording order.
inline bool AppliesBefore(const Event& a, const Event& b) {
  return a.date != b.date ? a.date < b.date : a.seq < b.seq;
}

}  // namespace tochuc
