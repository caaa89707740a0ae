// LedgerGenerator: the member.* events (see ledger_generator.h).
#include <algorithm>
#include <array>

#include "ledger_generator.h"

namespace tochuc::reference {
namespace {

constexpr std::array<const char*, 7> kEthnicities = {"Kinh",  "Kinh",  "Kinh",  "Tày",
                                                     "Khmer", "Mường", "H'Mông"};
constexpr std::array<const char*, 4> kReligions = {"none", "none", "Phật giáo", "Công giáo"};
constexpr std::array<const char*, 3> kEducations = {"12/12", "9/12", "10/10"};
constexpr std::array<TheoryLevel, 5> kTheoryLevels = {
    TheoryLevel::kNone, TheoryLevel::kElementary, TheoryLevel::kIntermediate,
    TheoryLevel::kAdvanced, TheoryLevel::kBachelor};
constexpr std::array<RemovalReason, 4> kReasons = {
    RemovalReason::kAskedToLeave, RemovalReason::kDroppedOut, RemovalReason::kUnpaidDues,
    RemovalReason::kOther};

}  // namespace

PersonPatch LedgerGenerator::NewPerson(Date born_on) {
  PersonPatch p;
  p.name = "Đảng viên " + std::to_string(++people_);
  p.sex = rng_.Percent(48) ? Sex::kFemale : Sex::kMale;
  p.born_on = born_on;
  p.ethnicity = PickFrom(rng_, kEthnicities);
  p.religion = PickFrom(rng_, kReligions);
  p.education = PickFrom(rng_, kEducations);
  p.theory_level = PickFrom(rng_, kTheoryLevels);
  p.youth_union = rng_.Percent(60);
  return p;
}

std::string LedgerGenerator::NewMemberId() {
  ++members_created_;
  return "M" + std::to_string(1000 + members_created_);
}

// member.registered / member.transferred_in of someone admitted earlier.
Event LedgerGenerator::ExistingMember(EventType type, OrgId org) {
  Event e;
  e.type = type;
  e.member = NewMemberId();
  e.org = CodeOf(org);
  const Date born = today_.AddDays(-rng_.Between(22 * 365, 75 * 365));
  e.person = NewPerson(born);
  const Date earliest = born.AddYears(18);
  if (rng_.Percent(80)) {
    e.status = MemberStatus::kOfficial;
    const int room = today_.days() - earliest.AddMonths(12).days();
    e.admitted_on = earliest.AddDays(rng_.Between(0, std::max(0, room)));
    e.official_on = std::min(today_, e.admitted_on->AddMonths(12).AddDays(rng_.Between(0, 60)));
  } else {
    e.status = MemberStatus::kProbationary;
    e.admitted_on = today_.AddDays(-rng_.Between(0, 360));
  }
  return e;
}

void LedgerGenerator::RegisterOpeningMembers() {
  opening_members_ = std::max(1, target_members_ * rng_.Between(30, 60) / 100);
  for (int member_idx = 0; member_idx < opening_members_; ++member_idx) {
    if (member_idx > 0 && rng_.Percent(5)) today_ = today_.AddDays(rng_.Between(1, 3));
    Emit(ExistingMember(EventType::kMemberRegistered, *PickHoldingOrg()));
  }
}

bool LedgerGenerator::Register() {
  const auto org = PickHoldingOrg();
  return org && Emit(ExistingMember(EventType::kMemberRegistered, *org));
}

bool LedgerGenerator::Admit() {
  const auto org = PickHoldingOrg();
  if (!org) return false;
  Event e;
  e.type = EventType::kMemberAdmitted;
  e.member = NewMemberId();
  e.org = CodeOf(*org);
  e.person = NewPerson(today_.AddYears(-rng_.Between(18, 59)).AddDays(-rng_.Between(0, 300)));
  return Emit(std::move(e));
}

bool LedgerGenerator::RecognizeOfficial() {
  const auto member = PickMember([&](const MemberState& m) {
    return m.standing == Standing::kActive && m.status == MemberStatus::kProbationary &&
           m.admitted_on.AddMonths(12) <= today_;
  });
  if (!member) return false;
  Event e;
  e.type = EventType::kMemberRecognizedOfficial;
  e.member = IdOf(*member);
  return Emit(std::move(e));
}

bool LedgerGenerator::OfActive(EventType type, bool probationary_only) {
  const auto member = PickMember([&](const MemberState& m) {
    return m.standing == Standing::kActive &&
           (!probationary_only || m.status == MemberStatus::kProbationary);
  });
  if (!member) return false;
  Event e;
  e.type = type;
  e.member = IdOf(*member);
  if (type == EventType::kMemberTransferredOut) e.destination = "Đảng bộ tỉnh Bạn";
  if (type == EventType::kMemberRemoved) e.reason = PickFrom(rng_, kReasons);
  return Emit(std::move(e));
}

bool LedgerGenerator::TransferMember(MemberId member, OrgId to) {
  Event e;
  e.type = EventType::kMemberTransferred;
  e.member = IdOf(member);
  e.to = CodeOf(to);
  return Emit(std::move(e));
}

bool LedgerGenerator::Transfer() {
  const auto member = PickActive();
  if (!member) return false;
  const auto to = PickHoldingOrg(state_.member(*member).org);
  return to && TransferMember(*member, *to);
}

bool LedgerGenerator::TransferIn(bool may_create) {
  if (!may_create || rng_.Percent(15)) {  // someone who left this deployment comes back
    const auto member =
        PickMember([](const MemberState& m) { return m.standing == Standing::kTransferredOut; });
    const auto org = PickHoldingOrg();
    if (!member || !org) return false;
    const MemberState& m = state_.member(*member);
    Event e;
    e.type = EventType::kMemberTransferredIn;
    e.member = m.id;
    e.org = CodeOf(*org);
    e.person = {m.person.name,     m.person.sex,       m.person.born_on,      m.person.ethnicity,
                m.person.religion, m.person.education, m.person.theory_level, m.person.youth_union};
    e.status = m.status;
    e.admitted_on = m.admitted_on;
    e.official_on = m.official_on;
    return Emit(std::move(e));
  }
  const auto org = PickHoldingOrg();
  return org && Emit(ExistingMember(EventType::kMemberTransferredIn, *org));
}

bool LedgerGenerator::Exempt(bool start) {
  const auto member = PickMember(
      [&](const MemberState& m) { return m.standing == Standing::kActive && m.exempted != start; });
  if (!member) return false;
  Event e;
  e.type = start ? EventType::kMemberExempted : EventType::kMemberExemptionEnded;
  e.member = IdOf(*member);
  return Emit(std::move(e));
}

bool LedgerGenerator::Readmit() {
  const auto member = PickMember([](const MemberState& m) {
    return m.standing == Standing::kRemoved || m.standing == Standing::kExpelled ||
           m.standing == Standing::kProbationRemoved;
  });
  const auto org = PickHoldingOrg();
  if (!member || !org) return false;
  Event e;
  e.type = EventType::kMemberReadmitted;
  e.member = IdOf(*member);
  e.org = CodeOf(*org);
  return Emit(std::move(e));
}

bool LedgerGenerator::Correct() {
  const auto member = PickMember([](const MemberState&) { return true; });
  if (!member) return false;
  const Person& now = state_.member(*member).person;
  Event e;
  e.type = EventType::kMemberCorrected;
  e.member = IdOf(*member);
  PersonPatch& p = e.person;
  while (p.IsEmpty()) {
    if (rng_.Percent(30)) p.sex = now.sex == Sex::kMale ? Sex::kFemale : Sex::kMale;
    if (rng_.Percent(30)) p.ethnicity = PickFrom(rng_, kEthnicities);
    if (rng_.Percent(30)) p.religion = PickFrom(rng_, kReligions);
    if (rng_.Percent(30)) p.youth_union = !now.youth_union;
    if (rng_.Percent(30)) {
      p.born_on =
          now.born_on.AddDays(rng_.Percent(50) ? rng_.Between(1, 400) : -rng_.Between(1, 400));
    }
    if (rng_.Percent(15)) p.education = PickFrom(rng_, kEducations);
    if (rng_.Percent(15)) p.theory_level = PickFrom(rng_, kTheoryLevels);
    if (rng_.Percent(10)) p.name = now.name + " (sửa)";
  }
  return Emit(std::move(e));
}

}  // namespace tochuc::reference
