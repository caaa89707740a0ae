// Vietnamese personal names for synthetic members: family name, middle name
// and given name drawn with realistic shares (Nguyễn about 38 %, "Văn" and
// "Thị" common, less so for people born after 1975), and the naming customs
// of a few ethnic groups (Tày, Thái, H'Mông, Khmer, ...).
//
// Every string is NFC UTF-8. Pure functions of the Random passed in.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/person.h"
#include "generate/random.h"

namespace tochuc::generate {

// A full name "Family Middle Given" for a person of that sex, birth year and
// ethnicity (the ethnicity picks the family names and customs used).
std::string RandomFullName(Random& rng, Sex sex, int birth_year, std::string_view ethnicity);

// The name as it should have been written when a record misspelled one
// syllable ("Nguyễn Thị Thủy" -> "Nguyễn Thị Thụy"); nullopt when the given
// name has no common misspelling.
std::optional<std::string> RespelledName(std::string_view full_name);

}  // namespace tochuc::generate
