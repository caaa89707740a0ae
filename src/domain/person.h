// Person: the part of a member's record (lý lịch) that reports break down by.
//
// PersonPatch carries the fields a `member.corrected` event changes; a full
// Person is a patch with every field present.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/date.h"

namespace tochuc {

enum class Sex : uint8_t { kMale, kFemale };
std::optional<Sex> ParseSex(std::string_view code);  // "M" / "F"
std::string_view SexCode(Sex sex);

enum class TheoryLevel : uint8_t { kNone, kElementary, kIntermediate, kAdvanced, kBachelor };
std::optional<TheoryLevel> ParseTheoryLevel(std::string_view name);
std::string_view TheoryLevelName(TheoryLevel level);

struct Person {
  std::string name;
  Sex sex = Sex::kMale;
  Date born_on;
  std::string ethnicity;  // "Kinh", "Tày", ...
  std::string religion;   // "none", "Công giáo", ...
  std::string education;  // "12/12"
  TheoryLevel theory_level = TheoryLevel::kNone;
  bool youth_union = false;

  bool IsEthnicMinority() const { return ethnicity != "Kinh"; }
  bool IsReligious() const { return religion != "none"; }
};

struct PersonPatch {
  std::optional<std::string> name;
  std::optional<Sex> sex;
  std::optional<Date> born_on;
  std::optional<std::string> ethnicity;
  std::optional<std::string> religion;
  std::optional<std::string> education;
  std::optional<TheoryLevel> theory_level;
  std::optional<bool> youth_union;
  // The line names fields beyond the format's (national ID, family): they
  // stay in the stored line, where the member's record is read from.
  bool other_fields = false;

  bool IsComplete() const;
  bool IsEmpty() const;
  // REQUIRES: IsComplete().
  Person ToPerson() const;
  void ApplyTo(Person& person) const;
};

}  // namespace tochuc
