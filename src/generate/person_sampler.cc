#include "generate/person_sampler.h"

#include <iterator>
#include <string>

#include "generate/vietnamese_names.h"

namespace tochuc::generate {
namespace {

// The province's minorities and their shares among minority members.
constexpr Weighted kMinorities[] = {
    {"Tày", 20},   {"Thái", 15}, {"Mường", 15},   {"Khmer", 12},  {"Hoa", 10}, {"Nùng", 10},
    {"H'Mông", 8}, {"Dao", 7},   {"Sán Chay", 2}, {"Gia Rai", 1}, {"Ê Đê", 1}, {"Chăm", 1},
};

// Per mille of minority people in a district, in district order: the city
// and the lowland districts first, the upland ones last.
constexpr uint32_t kDistrictMinorityPermille[] = {30, 40, 60, 80, 120, 200, 350, 500};

constexpr Weighted kReligions[] = {
    {"Phật giáo", 30}, {"Công giáo", 15}, {"Cao Đài", 6}, {"Hòa Hảo", 5}, {"Tin Lành", 4},
};
constexpr uint32_t kReligiousPermille = 65;
// Khmer communities are Theravada Buddhist; many members declare it.
constexpr uint32_t kKhmerBuddhistPermille = 500;

// General education by generation: the 10-year system of the North before
// 1981 still shows in older records.
constexpr Weighted kEducationBefore1960[] = {
    {"12/12", 50}, {"10/10", 35}, {"7/10", 8}, {"9/12", 7}};
constexpr Weighted kEducation1960To1975[] = {{"12/12", 80}, {"10/10", 10}, {"9/12", 10}};
constexpr Weighted kEducationAfter1975[] = {{"12/12", 92}, {"9/12", 8}};

using TheoryShare = WeightedOf<TheoryLevel>;
constexpr TheoryShare kNewMemberTheory[] = {
    {TheoryLevel::kNone, 800},    {TheoryLevel::kElementary, 140}, {TheoryLevel::kIntermediate, 40},
    {TheoryLevel::kAdvanced, 15}, {TheoryLevel::kBachelor, 5},
};
constexpr TheoryShare kEstablishedTheory[] = {
    {TheoryLevel::kNone, 220},         {TheoryLevel::kElementary, 480},
    {TheoryLevel::kIntermediate, 200}, {TheoryLevel::kAdvanced, 70},
    {TheoryLevel::kBachelor, 30},
};

// Per mille of members who were in the youth union when admitted, by age.
uint32_t YouthUnionPermille(int age_at_admission) {
  if (age_at_admission <= 30) return 920;
  if (age_at_admission <= 35) return 550;
  return 50;
}

std::string_view PickEducation(Random& rng, int birth_year) {
  if (birth_year < 1960) return PickWeighted(rng, kEducationBefore1960);
  if (birth_year < 1975) return PickWeighted(rng, kEducation1960To1975);
  return PickWeighted(rng, kEducationAfter1975);
}

bool PerMille(Random& rng, uint32_t permille) { return rng.Below(1000) < permille; }

}  // namespace

Locality DistrictLocality(int district_idx) {
  constexpr int kCount = static_cast<int>(std::size(kDistrictMinorityPermille));
  return {kDistrictMinorityPermille[district_idx < 0 ? 0 : district_idx % kCount]};
}

PersonPatch MakePerson(Random& rng, const Locality& locality, Sex sex, Date born_on,
                       int age_at_admission, Seniority seniority) {
  PersonPatch person;
  const std::string ethnicity(PerMille(rng, locality.minority_permille)
                                  ? PickWeighted(rng, kMinorities)
                                  : std::string_view("Kinh"));
  std::string_view religion = "none";
  if (ethnicity == "Khmer" && PerMille(rng, kKhmerBuddhistPermille)) {
    religion = "Phật giáo";
  } else if (PerMille(rng, kReligiousPermille)) {
    religion = PickWeighted(rng, kReligions);
  }
  person.name = RandomFullName(rng, sex, born_on.year(), ethnicity);
  person.sex = sex;
  person.born_on = born_on;
  person.ethnicity = ethnicity;
  person.religion = std::string(religion);
  person.education = std::string(PickEducation(rng, born_on.year()));
  person.theory_level = PickWeighted<TheoryLevel>(
      rng, seniority == Seniority::kNewlyAdmitted ? std::span<const TheoryShare>(kNewMemberTheory)
                                                  : kEstablishedTheory);
  person.youth_union = PerMille(rng, YouthUnionPermille(age_at_admission));
  return person;
}

Sex RandomSex(Random& rng, uint32_t female_permille) {
  return PerMille(rng, female_permille) ? Sex::kFemale : Sex::kMale;
}

Date BirthDateForAge(Random& rng, Date day, int age_months) {
  return day.AddMonths(-age_months).AddDays(-rng.Int(0, 27));
}

std::string_view RandomMinority(Random& rng) { return PickWeighted(rng, kMinorities); }

std::string_view RandomReligion(Random& rng) { return PickWeighted(rng, kReligions); }

}  // namespace tochuc::generate
