#include "generate/opening_balance.h"

#include <algorithm>
#include <vector>

#include "generate/member_flows.h"
#include "generate/person_sampler.h"

namespace tochuc::generate {
namespace {

// Ages of the members on the opening day: the party is older than the
// population, with many retired members.
struct AgeBand {
  uint32_t weight;
  int low, high;
};
constexpr AgeBand kOpeningAges[] = {{14, 20, 30}, {22, 31, 40}, {20, 41, 50}, {18, 51, 60},
                                    {13, 61, 70}, {9, 71, 80},  {4, 81, 95}};

// Share of the opening members admitted in the last twelve months, still
// on probation: a year's admissions.
constexpr double kProbationaryShare = 0.023;
constexpr uint32_t kWomenPermille = 330;
// Old members already exempted when the ledger opens.
constexpr double kExemptedFrom75 = 0.5;
constexpr double kExemptedFrom70 = 0.15;
// The oldest admission dates on record: members admitted earlier are
// rare and their dates are spread over the first years after this.
constexpr int kEarliestAdmissionYear = 1965;
constexpr int kEarliestAdmissionSpreadDays = 5 * 365;

int OpeningAgeYears(Random& rng) {
  uint64_t total = 0;
  for (const AgeBand& band : kOpeningAges) total += band.weight;
  uint64_t draw = rng.Below(total);
  for (const AgeBand& band : kOpeningAges) {
    if (draw < band.weight) return rng.Int(band.low, band.high);
    draw -= band.weight;
  }
  return kOpeningAges[0].low;
}

// Age at admission for someone admitted years ago: mostly young.
int PastAdmissionAgeYears(Random& rng) {
  const uint64_t band = rng.Below(100);
  return band < 80 ? rng.Int(18, 30) : band < 95 ? rng.Int(31, 40) : rng.Int(41, 55);
}

struct OpeningRecord {
  PersonPatch person;
  MemberStatus status = MemberStatus::kOfficial;
  Date admitted_on;
  std::optional<Date> official_on;
};

OpeningRecord ProbationaryRecord(Random& rng, Date day, const Locality& locality) {
  OpeningRecord record;
  record.status = MemberStatus::kProbationary;
  record.admitted_on = day.AddDays(-rng.Int(1, 364));
  const int age_months = rng.Int(18 * 12 + 1, 35 * 12 + 11);
  const Date born_on = BirthDateForAge(rng, record.admitted_on, age_months);
  record.person = MakePerson(rng, locality, RandomSex(rng, kWomenPermille), born_on,
                             age_months / 12, Seniority::kNewlyAdmitted);
  return record;
}

OpeningRecord OfficialRecord(Random& rng, Date day, const Locality& locality) {
  OpeningRecord record;
  const Date born_on = BirthDateForAge(rng, day, OpeningAgeYears(rng) * 12 + rng.Int(0, 11));
  // Admitted at 18 or later, before the probation could have ended by the
  // opening day, and not before the earliest records.
  const Date earliest =
      std::max(born_on.AddMonths(18 * 12 + 1), Date::FromCivil(kEarliestAdmissionYear, 1, 1));
  const Date latest = day.AddMonths(-13);
  Date wanted = born_on.AddYears(PastAdmissionAgeYears(rng)).AddDays(rng.Int(0, 364));
  if (wanted < earliest) wanted = earliest.AddDays(rng.Int(0, kEarliestAdmissionSpreadDays));
  record.admitted_on = std::clamp(wanted, earliest, std::max(earliest, latest));
  record.official_on = std::min(record.admitted_on.AddMonths(12).AddDays(rng.Int(0, 60)), day);
  const int age_at_admission = record.admitted_on.year() - born_on.year();
  record.person = MakePerson(rng, locality, RandomSex(rng, kWomenPermille), born_on,
                             age_at_admission, Seniority::kEstablished);
  return record;
}

}  // namespace

void OpenLedger(Date day, const OrgTreePlan& plan, Random& rng, LedgerWriter& writer,
                ActionQueue& queue) {
  std::vector<OrgIdx> established;
  established.reserve(plan.orgs.size());
  for (const PlannedOrg& planned : plan.orgs) {
    OrgRecord org;
    org.code = planned.code;
    org.name = planned.name;
    org.kind = planned.kind;
    org.sector = planned.sector;
    org.role = planned.role;
    org.parent = planned.parent < 0 ? kNoOrg : established[static_cast<size_t>(planned.parent)];
    org.district = planned.district;
    org.doc_suffix = planned.doc_suffix;
    org.place = planned.place;
    const std::string doc = org.parent == kNoOrg ? "" : writer.OrgDecisionUnder(day, org.parent);
    established.push_back(writer.Establish(day, std::move(org), doc));
  }
  for (size_t org_idx = 0; org_idx < plan.orgs.size(); ++org_idx) {
    const Locality locality = DistrictLocality(plan.orgs[org_idx].district);
    for (uint32_t count = 0; count < plan.orgs[org_idx].opening_members; ++count) {
      const OpeningRecord record = rng.Chance(kProbationaryShare)
                                       ? ProbationaryRecord(rng, day, locality)
                                       : OfficialRecord(rng, day, locality);
      const MemberIdx member =
          writer.Register(day, established[org_idx], record.person, record.status,
                          record.admitted_on, record.official_on);
      if (record.status == MemberStatus::kProbationary) {
        MemberFlows::ScheduleProbationEnd(rng, queue, member, record.admitted_on, day.AddDays(1));
      }
      const int age = day.year() - record.person.born_on->year();
      if ((age >= 75 && rng.Chance(kExemptedFrom75)) ||
          (age >= 70 && age < 75 && rng.Chance(kExemptedFrom70))) {
        writer.Exempt(day, member);
      }
    }
  }
}

}  // namespace tochuc::generate
