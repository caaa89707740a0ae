#include "generate/ledger_writer.h"

#include <stdexcept>

namespace tochuc::generate {

std::string LedgerWriter::OrgDecision(Date day, OrgIdx org) {
  const OrgIdx committee = state_.DecidingCommittee(org);
  return docs_.Next(state_.org(committee).code, state_.org(committee).doc_suffix, day);
}

std::string LedgerWriter::OrgDecisionUnder(Date day, OrgIdx parent) {
  const OrgIdx committee =
      state_.org(parent).doc_suffix.empty() ? state_.DecidingCommittee(parent) : parent;
  return docs_.Next(state_.org(committee).code, state_.org(committee).doc_suffix, day);
}

std::string LedgerWriter::MemberDecision(Date day, OrgIdx org, std::string_view kind) {
  const OrgIdx authority = state_.MemberAuthority(org);
  return docs_.Next(state_.org(authority).code, state_.org(authority).doc_suffix, day, kind);
}

void LedgerWriter::Write(const Event& event) {
  if (event.date < last_day_) {
    throw std::logic_error("generator bug: " + std::string(EventTypeName(event.type)) + " dated " +
                           event.date.ToString() + " after an event dated " + last_day_.ToString());
  }
  last_day_ = event.date;
  sink_(event);
}

Event LedgerWriter::OrgEvent(EventType type, Date day, OrgIdx org, std::string doc) const {
  Event event;
  event.type = type;
  event.date = day;
  event.doc = std::move(doc);
  if (org != kNoOrg) event.org = state_.LedgerCode(org);
  return event;
}

Event LedgerWriter::MemberEvent(EventType type, Date day, MemberIdx member, std::string doc) const {
  Event event;
  event.type = type;
  event.date = day;
  event.doc = std::move(doc);
  event.member = state_.MemberId(member);
  return event;
}

// --- Organizations.

OrgIdx LedgerWriter::Establish(Date day, OrgRecord org, std::string doc) {
  Event event = OrgEvent(EventType::kOrgEstablished, day, kNoOrg, std::move(doc));
  event.org = org.code;
  event.name = org.name;
  event.kind = org.kind;
  event.sector = org.sector;
  if (org.parent != kNoOrg) event.parent = state_.LedgerCode(org.parent);
  Write(event);
  return state_.AddOrg(std::move(org));
}

void LedgerWriter::Rename(Date day, OrgIdx org, std::string name, std::string doc) {
  Event event = OrgEvent(EventType::kOrgRenamed, day, org, std::move(doc));
  event.name = name;
  Write(event);
  state_.RenameOrg(org, std::move(name));
}

void LedgerWriter::Move(Date day, OrgIdx org, OrgIdx parent, std::string doc) {
  Event event = OrgEvent(EventType::kOrgMoved, day, org, std::move(doc));
  event.parent = state_.LedgerCode(parent);
  Write(event);
  state_.MoveOrg(org, parent);
}

void LedgerWriter::Merge(Date day, const std::vector<OrgIdx>& orgs, OrgIdx into, std::string doc) {
  Event event = OrgEvent(EventType::kOrgMerged, day, kNoOrg, std::move(doc));
  for (OrgIdx org : orgs) event.orgs.push_back(state_.LedgerCode(org));
  event.into = state_.LedgerCode(into);
  Write(event);
  for (OrgIdx org : orgs) state_.MergeOrg(org, into);
}

void LedgerWriter::Dissolve(Date day, OrgIdx org, std::string doc) {
  Write(OrgEvent(EventType::kOrgDissolved, day, org, std::move(doc)));
  state_.DissolveOrg(org);
}

// --- Members joining.

MemberIdx LedgerWriter::Register(Date day, OrgIdx org, const PersonPatch& person,
                                 MemberStatus status, Date admitted_on,
                                 std::optional<Date> official_on) {
  Event event = MemberEvent(EventType::kMemberRegistered, day,
                            static_cast<MemberIdx>(state_.member_count()), "");
  return Enter(std::move(event), org, person, status, admitted_on, official_on);
}

MemberIdx LedgerWriter::Enter(Event event, OrgIdx org, const PersonPatch& person,
                              MemberStatus status, Date admitted_on,
                              std::optional<Date> official_on) {
  event.org = state_.LedgerCode(org);
  event.person = person;
  event.status = status;
  event.admitted_on = admitted_on;
  event.official_on = official_on;
  Write(event);
  return state_.AddMember(person.ToPerson(), org, status, admitted_on, event.date);
}

MemberIdx LedgerWriter::Admit(Date day, OrgIdx org, const PersonPatch& person) {
  const auto member = static_cast<MemberIdx>(state_.member_count());
  Event event = MemberEvent(EventType::kMemberAdmitted, day, member, MemberDecision(day, org));
  event.org = state_.LedgerCode(org);
  event.person = person;
  Write(event);
  return state_.AddMember(person.ToPerson(), org, MemberStatus::kProbationary, day, day);
}

MemberIdx LedgerWriter::TransferIn(Date day, OrgIdx org, const PersonPatch& person,
                                   MemberStatus status, Date admitted_on,
                                   std::optional<Date> official_on, const std::string& origin) {
  Event event =
      MemberEvent(EventType::kMemberTransferredIn, day,
                  static_cast<MemberIdx>(state_.member_count()), MemberDecision(day, org, "GGT"));
  event.note = "Chuyển đến từ " + origin;
  return Enter(std::move(event), org, person, status, admitted_on, official_on);
}

// --- Changes to a member.

void LedgerWriter::RecognizeOfficial(Date day, MemberIdx member) {
  Write(MemberEvent(EventType::kMemberRecognizedOfficial, day, member,
                    MemberDecision(day, state_.member(member).org)));
  state_.member(member).status = MemberStatus::kOfficial;
}

void LedgerWriter::Transfer(Date day, MemberIdx member, OrgIdx to) {
  Event event = MemberEvent(EventType::kMemberTransferred, day, member,
                            MemberDecision(day, state_.member(member).org, "GGT"));
  event.to = state_.LedgerCode(to);
  Write(event);
  state_.MoveMember(member, to);
}

void LedgerWriter::Exempt(Date day, MemberIdx member) {
  Write(MemberEvent(EventType::kMemberExempted, day, member,
                    MemberDecision(day, state_.member(member).org)));
  state_.member(member).exempted = true;
}

void LedgerWriter::EndExemption(Date day, MemberIdx member) {
  Write(MemberEvent(EventType::kMemberExemptionEnded, day, member,
                    MemberDecision(day, state_.member(member).org)));
  state_.member(member).exempted = false;
}

void LedgerWriter::Correct(Date day, MemberIdx member, const PersonPatch& patch) {
  Event event = MemberEvent(EventType::kMemberCorrected, day, member,
                            MemberDecision(day, state_.member(member).org));
  event.person = patch;
  Write(event);
  patch.ApplyTo(state_.member(member).person);
}

// --- Members leaving and returning.

void LedgerWriter::Leave(EventType type, Date day, MemberIdx member, MemberStanding standing,
                         std::string doc, RemovalReason reason) {
  Event event = MemberEvent(type, day, member, std::move(doc));
  event.reason = reason;
  Write(event);
  state_.Leave(member, standing, day);
}

void LedgerWriter::RemoveProbation(Date day, MemberIdx member) {
  Leave(EventType::kMemberProbationRemoved, day, member, MemberStanding::kProbationRemoved,
        MemberDecision(day, state_.member(member).org));
}

void LedgerWriter::TransferOut(Date day, MemberIdx member, std::string destination) {
  Event event = MemberEvent(EventType::kMemberTransferredOut, day, member,
                            MemberDecision(day, state_.member(member).org, "GGT"));
  event.destination = std::move(destination);
  Write(event);
  state_.Leave(member, MemberStanding::kTransferredOut, day);
}

void LedgerWriter::Remove(Date day, MemberIdx member, RemovalReason reason) {
  Leave(EventType::kMemberRemoved, day, member, MemberStanding::kRemoved,
        MemberDecision(day, state_.member(member).org), reason);
}

void LedgerWriter::Expel(Date day, MemberIdx member) {
  Leave(EventType::kMemberExpelled, day, member, MemberStanding::kExpelled,
        MemberDecision(day, state_.member(member).org));
}

void LedgerWriter::Die(Date day, MemberIdx member) {
  // A death is reported, not decided: no document.
  Leave(EventType::kMemberDied, day, member, MemberStanding::kDied, "");
}

void LedgerWriter::Readmit(Date day, MemberIdx member, OrgIdx org) {
  Event event = MemberEvent(EventType::kMemberReadmitted, day, member, MemberDecision(day, org));
  event.org = state_.LedgerCode(org);
  Write(event);
  state_.Return(member, org, day);
}

// --- Between provinces.

void LedgerWriter::TransferAway(Date day, MemberIdx member, std::string to_code) {
  Event event = MemberEvent(EventType::kMemberTransferred, day, member,
                            MemberDecision(day, state_.member(member).org, "GGT"));
  event.to = std::move(to_code);
  Write(event);
  state_.Leave(member, MemberStanding::kTransferredOut, day);
}

MemberIdx LedgerWriter::TakeOver(Date day, OrgIdx org, std::string id, const MemberRecord& record) {
  const MemberIdx member =
      state_.AddMember(record.person, org, record.status, record.admitted_on, day);
  state_.member(member).exempted = record.exempted;
  state_.CarryId(member, std::move(id));
  return member;
}

void LedgerWriter::MergeIn(Date day, std::vector<std::string> codes, OrgIdx into, std::string doc,
                           std::string note) {
  Event event = OrgEvent(EventType::kOrgMerged, day, kNoOrg, std::move(doc));
  event.note = std::move(note);
  event.orgs = std::move(codes);
  event.into = state_.LedgerCode(into);
  Write(event);
}

}  // namespace tochuc::generate
