// Person records for synthetic members: sex, birth date and the traits the
// composition reports break down by (ethnicity, religion, education, theory
// level, youth union), with shares that depend on the person's generation,
// age at admission and the district they live in.
//
// Pure functions of the Random passed in; every string is NFC UTF-8.
#pragma once

#include <cstdint>

#include "domain/date.h"
#include "domain/person.h"
#include "generate/random.h"

namespace tochuc::generate {

// Per mille of the people of a place who belong to an ethnic minority.
struct Locality {
  uint32_t minority_permille = 0;
};

// A locality for district number `district_idx` of a province: most
// districts are mostly Kinh, a few upland ones are largely minority, so the
// province as a whole ends near 85 % Kinh.
Locality DistrictLocality(int district_idx);

// What the record is for: a member who has been in the party for a while
// (opening balance, arrival from another province) or one admitted today.
enum class Seniority : uint8_t { kEstablished, kNewlyAdmitted };

// A complete record for a person of that sex and birth date who joined the
// party at `age_at_admission` years.
PersonPatch MakePerson(Random& rng, const Locality& locality, Sex sex, Date born_on,
                       int age_at_admission, Seniority seniority);

// A sex with the given share of women, per mille.
Sex RandomSex(Random& rng, uint32_t female_permille);

// A birth date making the person `age_months` whole months old on `day`
// (up to a month's worth of days older).
Date BirthDateForAge(Random& rng, Date day, int age_months);

// A minority ethnicity drawn from the province's mix, for corrections of
// records that had the wrong one.
std::string_view RandomMinority(Random& rng);

// A religion other than "none", for corrections.
std::string_view RandomReligion(Random& rng);

}  // namespace tochuc::generate
