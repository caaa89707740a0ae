#include "domain/member_table.h"

#include <algorithm>
#include <stdexcept>

namespace tochuc {

uint16_t MemberTable::Encode(CodedField field, const std::string& value) {
  const auto f = static_cast<size_t>(field);
  auto [it, inserted] =
      code_of_[f].try_emplace(value, static_cast<uint16_t>(dictionaries_[f].size()));
  if (inserted) {
    if (dictionaries_[f].size() == UINT16_MAX) {
      throw std::length_error("more than 65,535 distinct values in one member field");
    }
    dictionaries_[f].push_back(value);
  }
  return it->second;
}

void MemberTable::Add(const Person& person, Date first_admitted_on, std::span<const Spell> spells) {
  born_on_.push_back(person.born_on);
  traits_.push_back(static_cast<uint8_t>(static_cast<unsigned>(person.sex) |
                                         (person.youth_union ? 2u : 0u) |
                                         (static_cast<unsigned>(person.theory_level) << 2)));
  codes_[0].push_back(Encode(CodedField::kEthnicity, person.ethnicity));
  codes_[1].push_back(Encode(CodedField::kReligion, person.religion));
  codes_[2].push_back(Encode(CodedField::kEducation, person.education));
  first_admitted_on_.push_back(first_admitted_on);
  bool active_so_far = true;  // in every spell before this one
  for (const Spell& spell : spells) {
    spell_from_.push_back(spell.from);
    spell_org_.push_back(spell.org);
    spell_flags_.push_back(static_cast<uint8_t>(
        static_cast<unsigned>(spell.status) | (spell.active ? kActiveFlag : 0u) |
        (spell.exempted ? kExemptedFlag : 0u) | (active_so_far ? kActiveBeforeFlag : 0u)));
    active_so_far &= spell.active;
  }
  spell_offset_.push_back(static_cast<uint32_t>(spell_from_.size()));
}

void MemberTable::Finish() {
  auto code_or_none = [&](CodedField field, const std::string& value) -> uint16_t {
    const auto& map = code_of_[static_cast<size_t>(field)];
    auto it = map.find(value);
    return it == map.end() ? uint16_t{UINT16_MAX} : it->second;
  };
  kinh_code_ = code_or_none(CodedField::kEthnicity, "Kinh");
  no_religion_code_ = code_or_none(CodedField::kReligion, "none");
  for (auto& map : code_of_) map = {};
}

Spell MemberTable::SpellNumber(MemberId m, uint32_t k) const {
  const uint32_t at = spell_offset_[Index(m)] + k;
  const uint8_t flags = spell_flags_[at];
  return {spell_from_[at], spell_org_[at], static_cast<MemberStatus>(flags & 1u), (flags & 2u) != 0,
          (flags & 4u) != 0};
}

std::optional<Spell> MemberTable::SpellAt(MemberId m, Date day) const {
  const auto starts = SpellStarts(m);
  auto it = std::upper_bound(starts.begin(), starts.end(), day);
  if (it == starts.begin()) return std::nullopt;
  return SpellNumber(m, static_cast<uint32_t>(std::prev(it) - starts.begin()));
}

int MemberTable::PartyAgeYears(MemberId m, Date day) const {
  const auto starts = SpellStarts(m);
  if (starts.empty()) return 0;
  int64_t days = starts.front().days() - first_admitted_on(m).days();
  for (uint32_t k = 0; k < starts.size(); ++k) {
    if (starts[k] > day) break;
    if (!SpellNumber(m, k).active) continue;
    // Counted like an age: from the spell's start up to `day`, so a member
    // admitted on 2010-01-01 has 13 years at the end of 2023-12-31.
    const Date until = k + 1 < starts.size() ? std::min(starts[k + 1], day) : day;
    days += until.days() - starts[k].days();
  }
  const Date start = first_admitted_on(m);
  return WholeYearsBetween(start, start.AddDays(static_cast<int32_t>(days)));
}

}  // namespace tochuc
