#include "domain/person.h"

#include <array>
#include <utility>

namespace tochuc {
namespace {

constexpr std::array<std::pair<TheoryLevel, std::string_view>, 5> kTheoryLevels = {{
    {TheoryLevel::kNone, "none"},
    {TheoryLevel::kElementary, "elementary"},
    {TheoryLevel::kIntermediate, "intermediate"},
    {TheoryLevel::kAdvanced, "advanced"},
    {TheoryLevel::kBachelor, "bachelor"},
}};

}  // namespace

std::optional<Sex> ParseSex(std::string_view code) {
  if (code == "M") return Sex::kMale;
  if (code == "F") return Sex::kFemale;
  return std::nullopt;
}

std::string_view SexCode(Sex sex) { return sex == Sex::kMale ? "M" : "F"; }

std::optional<TheoryLevel> ParseTheoryLevel(std::string_view name) {
  for (const auto& [level, level_name] : kTheoryLevels) {
    if (level_name == name) return level;
  }
  return std::nullopt;
}

std::string_view TheoryLevelName(TheoryLevel level) {
  return kTheoryLevels[static_cast<size_t>(level)].second;
}

bool PersonPatch::IsComplete() const {
  return name && sex && born_on && ethnicity && religion && education && theory_level &&
         youth_union;
}

bool PersonPatch::IsEmpty() const {
  return !name && !sex && !born_on && !ethnicity && !religion && !education && !theory_level &&
         !youth_union && !other_fields;
}

Person PersonPatch::ToPerson() const {
  Person person;
  ApplyTo(person);
  return person;
}

void PersonPatch::ApplyTo(Person& person) const {
  if (name) person.name = *name;
  if (sex) person.sex = *sex;
  if (born_on) person.born_on = *born_on;
  if (ethnicity) person.ethnicity = *ethnicity;
  if (religion) person.religion = *religion;
  if (education) person.education = *education;
  if (theory_level) person.theory_level = *theory_level;
  if (youth_union) person.youth_union = *youth_union;
}

}  // namespace tochuc
