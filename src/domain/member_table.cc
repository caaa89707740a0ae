#include "domain/member_table.h"

#include <algorithm>
#include <stdexcept>

#include "domain/headroom.h"

namespace tochuc {

uint16_t MemberTable::Encode(CodedField field, const std::string& value) {
  const auto f = static_cast<size_t>(field);
  auto& code_of = code_of_[f];
  if (code_of.size() < dictionaries_[f].size()) {  // loaded from a snapshot: index it again
    for (size_t code = 0; code < dictionaries_[f].size(); ++code) {
      code_of.emplace(dictionaries_[f][code], static_cast<uint16_t>(code));
    }
  }
  auto [it, inserted] = code_of.try_emplace(value, static_cast<uint16_t>(dictionaries_[f].size()));
  if (inserted) {
    if (dictionaries_[f].size() == UINT16_MAX) {
      code_of.erase(it);
      throw std::length_error("more than 65,535 distinct values in one member field");
    }
    dictionaries_[f].push_back(value);
    if (field == CodedField::kEthnicity && value == "Kinh") kinh_code_ = it->second;
    if (field == CodedField::kReligion && value == "none") no_religion_code_ = it->second;
  }
  return it->second;
}

uint8_t MemberTable::TraitBitsOf(const Person& person) {
  return static_cast<uint8_t>(static_cast<unsigned>(person.sex) | (person.youth_union ? 2u : 0u) |
                              (static_cast<unsigned>(person.theory_level) << 2));
}

uint32_t MemberTable::CellOf(const Spell& spell, bool active_before) {
  if (Index(spell.org) >= (1u << kCellOrgBits)) {
    throw std::length_error("more than 268,435,456 organizations");
  }
  const unsigned flags = static_cast<unsigned>(spell.status) | (spell.active ? kActiveFlag : 0u) |
                         (spell.exempted ? kExemptedFlag : 0u) |
                         (active_before ? kActiveBeforeFlag : 0u);
  return Index(spell.org) | flags << kCellOrgBits;
}

bool MemberTable::PushSpell(const Spell& spell, bool active_before) {
  spell_cell_.push_back(CellOf(spell, active_before));
  return spell_from_.PushBack(spell.from);
}

void MemberTable::Add(const Person& person, Date first_admitted_on, std::span<const Spell> spells) {
  bool far = born_on_.PushBack(person.born_on);
  codes_[0].push_back(Encode(CodedField::kEthnicity, person.ethnicity));
  codes_[1].push_back(Encode(CodedField::kReligion, person.religion));
  codes_[2].push_back(Encode(CodedField::kEducation, person.education));
  far |= first_admitted_on_.PushBack(first_admitted_on);
  spell_begin_.push_back(static_cast<uint32_t>(spell_from_.size()));
  bool active_so_far = true;  // in every spell before this one
  for (const Spell& spell : spells) {
    far |= PushSpell(spell, active_so_far);
    active_so_far &= spell.active;
  }
  spell_end_.push_back(static_cast<uint32_t>(spell_from_.size()));
  traits_.push_back(TraitBitsOf(person) | (far ? kFarDayFlag : 0));
  live_spells_ += spells.size();
}

void MemberTable::AppendSpell(MemberId m, const Spell& spell) {
  const uint32_t idx = Index(m);
  const uint32_t begin = spell_begin_[idx], end = spell_end_[idx];
  if (end > begin && spell_from_[end - 1] == spell.from) {  // the same day: the later one holds
    spell_cell_[end - 1] =
        CellOf(spell, (CellFlags(spell_cell_[end - 1]) & kActiveBeforeFlag) != 0);
    return;
  }
  if (spell_from_.size() >= UINT32_MAX) throw std::length_error("more than 4 G member spells");
  const bool active_before =
      end == begin || ((CellFlags(spell_cell_[end - 1]) & (kActiveBeforeFlag | kActiveFlag)) ==
                       (kActiveBeforeFlag | kActiveFlag));
  if (end != spell_from_.size()) {  // not the last member in the columns: move its spells there
    spell_begin_[idx] = static_cast<uint32_t>(spell_from_.size());
    for (uint32_t at = begin; at < end; ++at) {
      spell_from_.PushBack(spell_from_[at]);
      spell_cell_.push_back(spell_cell_[at]);
    }
  }
  if (PushSpell(spell, active_before)) traits_[idx] |= kFarDayFlag;
  spell_end_[idx] = static_cast<uint32_t>(spell_from_.size());
  ++live_spells_;
}

void MemberTable::SetRecord(MemberId m, const Person& person) {
  const uint32_t idx = Index(m);
  const bool far = born_on_.Set(idx, person.born_on);
  traits_[idx] = TraitBitsOf(person) | (traits_[idx] & kFarDayFlag) | (far ? kFarDayFlag : 0);
  codes_[0][idx] = Encode(CodedField::kEthnicity, person.ethnicity);
  codes_[1][idx] = Encode(CodedField::kReligion, person.religion);
  codes_[2][idx] = Encode(CodedField::kEducation, person.education);
}

void MemberTable::Reserve(size_t members, size_t spells) {
  ReserveMore(born_on_, members);
  ReserveMore(traits_, members);
  for (auto& codes : codes_) ReserveMore(codes, members);
  ReserveMore(first_admitted_on_, members);
  ReserveMore(spell_begin_, members);
  ReserveMore(spell_end_, members);
  ReserveMore(spell_from_, spells);
  ReserveMore(spell_cell_, spells);
}

bool MemberTable::HasRoom(size_t members, size_t spells) const {
  bool room = tochuc::HasRoom(born_on_, members) && tochuc::HasRoom(traits_, members) &&
              tochuc::HasRoom(first_admitted_on_, members) &&
              tochuc::HasRoom(spell_begin_, members) && tochuc::HasRoom(spell_end_, members) &&
              tochuc::HasRoom(spell_from_, spells) && tochuc::HasRoom(spell_cell_, spells);
  for (const auto& codes : codes_) room = room && tochuc::HasRoom(codes, members);
  return room;
}

void MemberTable::Compact() {
  if (AbandonedSpells() == 0) return;
  DayColumn from;
  std::vector<uint32_t> cells;
  from.reserve(live_spells_);
  cells.reserve(live_spells_);
  for (size_t idx = 0; idx < size(); ++idx) {
    const uint32_t begin = spell_begin_[idx], end = spell_end_[idx];
    spell_begin_[idx] = static_cast<uint32_t>(from.size());
    for (uint32_t at = begin; at < end; ++at) from.PushBack(spell_from_[at]);
    cells.insert(cells.end(), spell_cell_.begin() + begin, spell_cell_.begin() + end);
    spell_end_[idx] = static_cast<uint32_t>(from.size());
  }
  spell_from_ = std::move(from);
  spell_cell_ = std::move(cells);
}

Spell MemberTable::SpellNumber(MemberId m, uint32_t k) const {
  const uint32_t at = spell_begin_[Index(m)] + k;
  const uint8_t flags = CellFlags(spell_cell_[at]);
  return {spell_from_[at], CellOrg(spell_cell_[at]), static_cast<MemberStatus>(flags & 1u),
          (flags & 2u) != 0, (flags & 4u) != 0};
}

std::optional<Spell> MemberTable::SpellAt(MemberId m, Date day) const {
  // The last spell started on or before the day; a member has few.
  for (uint32_t k = SpellCount(m); k-- > 0;) {
    if (SpellStart(m, k) <= day) return SpellNumber(m, k);
  }
  return std::nullopt;
}

int MemberTable::PartyAgeYears(MemberId m, Date day) const {
  const uint32_t count = SpellCount(m);
  if (count == 0) return 0;
  int64_t days = SpellStart(m, 0).days() - first_admitted_on(m).days();
  for (uint32_t k = 0; k < count; ++k) {
    const Date start = SpellStart(m, k);
    if (start > day) break;
    if (!SpellNumber(m, k).active) continue;
    // Counted like an age: from the spell's start up to `day`, so a member
    // admitted on 2010-01-01 has 13 years at the end of 2023-12-31.
    const Date until = k + 1 < count ? std::min(SpellStart(m, k + 1), day) : day;
    days += until.days() - start.days();
  }
  const Date start = first_admitted_on(m);
  return WholeYearsBetween(start, start.AddDays(static_cast<int32_t>(days)));
}

}  // namespace tochuc
