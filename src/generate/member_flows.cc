#include "generate/member_flows.h"

#include <algorithm>
#include <iterator>

#include "generate/member_hazards.h"
#include "generate/person_sampler.h"
#include "generate/place_names.h"
#include "generate/vietnamese_names.h"

namespace tochuc::generate {
namespace {

// Admissions a year as a share of members: the plan keeps them in a
// realistic band whatever the growth path asks for.
constexpr double kMinAdmissionRate = 0.017;
constexpr double kMaxAdmissionRate = 0.032;
// Members arriving from other provinces a year, as a share of members.
constexpr double kArrivalRate = 0.005;
// In a national ledger: members arriving from the army, the police and the
// central bodies (moves between provinces are transfers), and the share of
// members leaving a province who go to another province of the ledger.
constexpr double kNationalArrivalRate = 0.002;
constexpr double kStaysInNationShare = 0.7;
// Former members readmitted a year, as a share of those who left.
constexpr double kReadmissionRate = 0.006;
constexpr double kProbationFailureShare = 0.03;

// Admissions by month (they gather before the anniversaries of 3 February,
// 26 March, 19 May and 2 September) and the anniversary days themselves.
constexpr int kMonthWeights[12] = {7, 10, 9, 8, 11, 8, 7, 8, 10, 8, 8, 6};
constexpr double kMonthWeightTotal = 100;  // the sum of kMonthWeights
constexpr int kAnniversaryDays[12] = {0, 3, 26, 0, 19, 0, 0, 0, 2, 0, 0, 0};
constexpr double kAnniversaryShare = 0.3;

// Women among admissions, arrivals; youth at admission.
constexpr uint32_t kWomenAdmittedPermille = 470;
constexpr uint32_t kWomenArrivingPermille = 400;
// A newcomer goes where members are, or to any org.
constexpr double kNewcomerFollowsMembers = 0.85;
constexpr double kTransferWithinDistrict = 0.7;
constexpr int kMinAdmissionMonths = 18 * 12 + 1;
constexpr int kMaxAdmissionMonths = 59 * 12 + 11;
constexpr int kSearchTries = 30;

// Whole months of age at admission: mostly 18 to 35.
int AdmissionAgeMonths(Random& rng) {
  const uint64_t band = rng.Below(100);
  const int years = band < 55   ? rng.Int(18, 27)
                    : band < 80 ? rng.Int(28, 35)
                    : band < 94 ? rng.Int(36, 45)
                                : rng.Int(46, 58);
  return std::clamp(years * 12 + rng.Int(0, 11), kMinAdmissionMonths, kMaxAdmissionMonths);
}

RemovalReason RandomRemovalReason(Random& rng) {
  const uint64_t draw = rng.Below(100);
  if (draw < 40) return RemovalReason::kDroppedOut;
  if (draw < 60) return RemovalReason::kUnpaidDues;
  if (draw < 85) return RemovalReason::kAskedToLeave;
  return RemovalReason::kOther;
}

TheoryLevel NextTheoryLevel(TheoryLevel level) {
  switch (level) {
    case TheoryLevel::kNone: return TheoryLevel::kElementary;
    case TheoryLevel::kElementary: return TheoryLevel::kIntermediate;
    case TheoryLevel::kIntermediate: return TheoryLevel::kAdvanced;
    case TheoryLevel::kAdvanced: return TheoryLevel::kBachelor;
    case TheoryLevel::kBachelor: return TheoryLevel::kAdvanced;
  }
  return TheoryLevel::kElementary;
}

bool IsFormer(MemberStanding standing) {
  return standing == MemberStanding::kRemoved || standing == MemberStanding::kExpelled ||
         standing == MemberStanding::kProbationRemoved;
}

}  // namespace

double GrowthPath::At(Date day) const {
  const double span = closing_day.days() - opening_day.days();
  const double done = std::clamp((day.days() - opening_day.days()) / span, 0.0, 1.0);
  return static_cast<double>(opening) + static_cast<double>(target - opening) * done;
}

void MemberFlows::ScheduleProbationEnd(Random& rng, ActionQueue& queue, MemberIdx member,
                                       Date admitted_on, Date not_before) {
  if (rng.Chance(kProbationFailureShare)) {
    const Date removal = admitted_on.AddMonths(rng.Int(3, 12)).AddDays(rng.Int(0, 27));
    queue.Push(std::max(removal, not_before), ActionKind::kRemoveProbation, member, admitted_on);
  } else {
    // Not before `not_before` either: a member arriving from another
    // province may be past the twelve months already.
    const Date recognition = admitted_on.AddMonths(12).AddDays(rng.Int(0, 60));
    queue.Push(std::max(recognition, not_before), ActionKind::kRecognize, member, admitted_on);
  }
}

int MemberFlows::AgeOn(MemberIdx member, Date day) const {
  return day.year() - writer_.state().member(member).birth_year;
}

// --- Planning.

void MemberFlows::PlanYear(Date first_day) {
  const ProvinceState& state = writer_.state();
  const auto active = static_cast<double>(state.active().size());
  double exits = kProbationFailureShare * static_cast<double>(admissions_last_year_);
  for (MemberIdx member : state.active()) {
    exits += OddsFor(state.member(member), AgeOn(member, first_day)).Exit();
  }
  yearly_arrivals_ = (exchange_ == nullptr ? kArrivalRate : kNationalArrivalRate) * active;
  const double readmissions = kReadmissionRate * static_cast<double>(state.former().size());
  const double wanted = path_.At(first_day.AddYears(1).AddDays(-1)) - active;
  yearly_admissions_ = std::clamp(wanted + exits - yearly_arrivals_ - readmissions,
                                  kMinAdmissionRate * active, kMaxAdmissionRate * active);
  admissions_last_year_ = admissions_this_year_;
  admissions_this_year_ = 0;
}

void MemberFlows::PlanMonth(Date first_day, Date not_before) {
  const size_t month_idx = static_cast<size_t>(first_day.month() - 1);
  PlanAdmissions(
      first_day, not_before,
      admission_pacer_.Take(yearly_admissions_ * kMonthWeights[month_idx] / kMonthWeightTotal));
  for (int count = arrival_pacer_.Take(yearly_arrivals_ / 12); count > 0; --count) {
    queue_.Push(RandomDayOfMonth(rng_, first_day, not_before), ActionKind::kTransferIn);
  }
  const double formers = static_cast<double>(writer_.state().former().size());
  for (int count = readmission_pacer_.Take(kReadmissionRate * formers / 12); count > 0; --count) {
    queue_.Push(RandomDayOfMonth(rng_, first_day, not_before), ActionKind::kReadmit);
  }
  SweepMembers(first_day, not_before);
}

void MemberFlows::PlanAdmissions(Date first_day, Date not_before, int count) {
  const int anniversary = kAnniversaryDays[first_day.month() - 1];
  const Date ceremony = first_day.AddDays(anniversary - 1);
  for (; count > 0; --count) {
    const bool on_anniversary =
        anniversary > 0 && ceremony >= not_before && rng_.Chance(kAnniversaryShare);
    queue_.Push(on_anniversary ? ceremony : RandomDayOfMonth(rng_, first_day, not_before),
                ActionKind::kAdmit);
  }
}

// Every active member faces the month's odds once; what happens is dated on
// a random day of the month and checked again when that day comes.
void MemberFlows::SweepMembers(Date first_day, Date not_before) {
  const ProvinceState& state = writer_.state();
  const int year = first_day.year();
  for (MemberIdx member : state.active()) {
    const MemberRecord& record = state.member(member);
    const YearlyOdds odds = OddsFor(record, year - record.birth_year);
    double draw = rng_.Unit() * 12;
    if (draw >= odds.Total()) continue;
    const std::pair<double, ActionKind> outcomes[] = {
        {odds.die, ActionKind::kDie},
        {odds.exempt, ActionKind::kExempt},
        {odds.end_exemption, ActionKind::kEndExemption},
        {odds.remove, ActionKind::kRemove},
        {odds.expel, ActionKind::kExpel},
        {odds.transfer_out, ActionKind::kTransferOut},
        {odds.transfer, ActionKind::kTransfer},
        {odds.correct, ActionKind::kCorrect},
    };
    ActionKind kind = ActionKind::kCorrect;
    for (const auto& [chance, outcome] : outcomes) {
      if (draw < chance) {
        kind = outcome;
        break;
      }
      draw -= chance;
    }
    queue_.Push(RandomDayOfMonth(rng_, first_day, not_before), kind, member);
  }
}

// --- Carrying out.

void MemberFlows::Execute(const Action& action) {
  const Date day = action.day;
  switch (action.kind) {
    case ActionKind::kAdmit: Admit(day); return;
    case ActionKind::kTransferIn: TransferIn(day); return;
    case ActionKind::kReadmit: Readmit(day); return;
    case ActionKind::kRecognize:
    case ActionKind::kRemoveProbation: EndProbation(action); return;
    default: break;
  }
  const MemberRecord& record = writer_.state().member(action.member);
  if (record.standing != MemberStanding::kActive) return;
  switch (action.kind) {
    case ActionKind::kDie: writer_.Die(day, action.member); break;
    case ActionKind::kExempt:
      if (!record.exempted) writer_.Exempt(day, action.member);
      break;
    case ActionKind::kEndExemption:
      if (record.exempted) writer_.EndExemption(day, action.member);
      break;
    case ActionKind::kRemove: writer_.Remove(day, action.member, RandomRemovalReason(rng_)); break;
    case ActionKind::kExpel: writer_.Expel(day, action.member); break;
    case ActionKind::kTransferOut: TransferOut(day, action.member); break;
    case ActionKind::kTransfer: {
      const OrgIdx to = PickTransferDestination(record.org);
      if (to != kNoOrg) writer_.Transfer(day, action.member, to);
      break;
    }
    case ActionKind::kCorrect: Correct(day, action.member); break;
    default: break;
  }
}

void MemberFlows::EndProbation(const Action& action) {
  const MemberRecord& record = writer_.state().member(action.member);
  // The probation may have ended otherwise (the member left, or left and
  // came back with a new probation of its own).
  if (record.standing != MemberStanding::kActive || record.status != MemberStatus::kProbationary ||
      record.admitted_on != action.admitted_on) {
    return;
  }
  if (action.kind == ActionKind::kRecognize) {
    writer_.RecognizeOfficial(action.day, action.member);
  } else {
    writer_.RemoveProbation(action.day, action.member);
  }
}

OrgIdx MemberFlows::PickOrgForNewcomer() {
  const ProvinceState& state = writer_.state();
  if (!state.active().empty() && rng_.Chance(kNewcomerFollowsMembers)) {
    return state.member(rng_.Pick(state.active())).org;
  }
  if (state.holding_orgs().empty()) return kNoOrg;
  return rng_.Pick(state.holding_orgs());
}

OrgIdx MemberFlows::PickTransferDestination(OrgIdx from) {
  const ProvinceState& state = writer_.state();
  const bool same_district = rng_.Chance(kTransferWithinDistrict);
  for (int attempt = 0; attempt < kSearchTries; ++attempt) {
    const OrgIdx org = state.member(rng_.Pick(state.active())).org;
    if (org == from) continue;
    if (same_district && state.org(org).district != state.org(from).district) continue;
    return org;
  }
  if (state.holding_orgs().size() < 2) return kNoOrg;
  for (;;) {
    const OrgIdx org = rng_.Pick(state.holding_orgs());
    if (org != from) return org;
  }
}

void MemberFlows::Admit(Date day) {
  const OrgIdx org = PickOrgForNewcomer();
  if (org == kNoOrg) return;
  const int age_months = AdmissionAgeMonths(rng_);
  const Sex sex = RandomSex(rng_, kWomenAdmittedPermille);
  const Date born_on = BirthDateForAge(rng_, day, age_months);
  const PersonPatch person = MakePerson(rng_, DistrictLocality(writer_.state().org(org).district),
                                        sex, born_on, age_months / 12, Seniority::kNewlyAdmitted);
  const MemberIdx member = writer_.Admit(day, org, person);
  ++admissions_this_year_;
  ScheduleProbationEnd(rng_, queue_, member, day, day);
}

// A member of another province arriving with their record: mostly official
// members of some years' standing, a few still on probation.
void MemberFlows::TransferIn(Date day) {
  const OrgIdx org = PickOrgForNewcomer();
  if (org == kNoOrg) return;
  const int age = rng_.Chance(0.7) ? rng_.Int(24, 40) : rng_.Int(41, 58);
  const Date born_on = BirthDateForAge(rng_, day, age * 12 + rng_.Int(0, 11));
  const bool probationary = rng_.Chance(0.12);
  Date admitted_on;
  std::optional<Date> official_on;
  if (probationary) {
    admitted_on = day.AddMonths(-rng_.Int(1, 11)).AddDays(-rng_.Int(0, 27));
  } else {
    const int party_years = rng_.Int(1, std::min(age - 19, 30));
    admitted_on =
        std::min(day.AddYears(-party_years).AddDays(-rng_.Int(0, 364)), day.AddMonths(-13));
    official_on = std::min(admitted_on.AddMonths(12).AddDays(rng_.Int(0, 60)), day.AddDays(-1));
  }
  const int age_at_admission = admitted_on.year() - born_on.year();
  const PersonPatch person = MakePerson(rng_, DistrictLocality(writer_.state().org(org).district),
                                        RandomSex(rng_, kWomenArrivingPermille), born_on,
                                        age_at_admission, Seniority::kEstablished);
  const MemberIdx member = writer_.TransferIn(
      day, org, person, probationary ? MemberStatus::kProbationary : MemberStatus::kOfficial,
      admitted_on, official_on,
      exchange_ == nullptr ? RandomOrigin(rng_, day) : RandomCentralParty(rng_, day));
  if (probationary) ScheduleProbationEnd(rng_, queue_, member, admitted_on, day.AddDays(1));
}

void MemberFlows::TransferOut(Date day, MemberIdx member) {
  if (exchange_ == nullptr) {
    writer_.TransferOut(day, member, RandomDestination(rng_, day));
    return;
  }
  if (rng_.Chance(kStaysInNationShare)) {
    const ProvinceState& state = writer_.state();
    if (auto to = exchange_->TakeIn(day, state.MemberId(member), state.member(member))) {
      writer_.TransferAway(day, member, std::move(*to));
      return;
    }
  }
  writer_.TransferOut(day, member, RandomCentralParty(rng_, day));
}

std::optional<std::string> MemberFlows::TakeIn(Date day, std::string id,
                                               const MemberRecord& record) {
  const OrgIdx org = PickOrgForNewcomer();
  if (org == kNoOrg) return std::nullopt;
  const MemberIdx member = writer_.TakeOver(day, org, std::move(id), record);
  if (record.status == MemberStatus::kProbationary) {
    ScheduleProbationEnd(rng_, queue_, member, record.admitted_on, day.AddDays(1));
  }
  return writer_.state().LedgerCode(org);
}

// A former member who left at least two years ago is admitted again; the
// expelled rarely are.
void MemberFlows::Readmit(Date day) {
  const ProvinceState& state = writer_.state();
  if (state.former().empty()) return;
  for (int attempt = 0; attempt < kSearchTries; ++attempt) {
    const MemberIdx member = rng_.Pick(state.former());
    const MemberRecord& record = state.member(member);
    if (!IsFormer(record.standing) || record.standing_since > day.AddYears(-2)) continue;
    if (AgeOn(member, day) > 60) continue;
    if (record.standing == MemberStanding::kExpelled && !rng_.Chance(0.3)) continue;
    const OrgIdx org = state.org(record.org).alive ? record.org : PickOrgForNewcomer();
    if (org == kNoOrg) return;
    writer_.Readmit(day, member, org);
    ScheduleProbationEnd(rng_, queue_, member, day, day);
    return;
  }
}

// A record corrected: a misspelled name, the wrong ethnicity or religion,
// a theory level that was not updated.
void MemberFlows::Correct(Date day, MemberIdx member) {
  const Person& person = writer_.state().member(member).person;
  PersonPatch patch;
  if (auto respelled = RespelledName(person.name); respelled && rng_.Chance(0.6)) {
    patch.name = std::move(*respelled);
  } else {
    const uint64_t draw = rng_.Below(100);
    if (draw < 35) {
      patch.ethnicity = std::string(person.IsEthnicMinority() ? "Kinh" : RandomMinority(rng_));
    } else if (draw < 65) {
      patch.religion = std::string(person.IsReligious() ? "none" : RandomReligion(rng_));
    } else {
      patch.theory_level = NextTheoryLevel(person.theory_level);
    }
  }
  writer_.Correct(day, member, patch);
}

}  // namespace tochuc::generate
