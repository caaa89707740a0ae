// MemberTable: every member's record as columns, and their spells.
//
// Strings that repeat (ethnicity, religion, education) are stored once in a
// dictionary and coded as 16-bit numbers, dates as 16-bit day codes
// (day_code.h); ids and names are in the
// MemberDirectory. A spell is where a member stood from a day on (org, status, active,
// exempted); a member's spells are contiguous and in apply order.
//
// Filled by ReadModelBuilder. A finished model's table still takes new
// members, new spells and corrected records (ReadModelUpdater): a member's
// spells may then move to the end of the spell columns, so each member has
// its own [begin, end); Compact() packs them in member order again.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/day_code.h"
#include "domain/event.h"
#include "domain/ids.h"
#include "domain/person.h"

namespace tochuc {

struct Spell {
  Date from;  // the spell holds at the end of `from` and until the next spell
  OrgId org{};
  MemberStatus status = MemberStatus::kProbationary;
  bool active = false;
  bool exempted = false;
};

// The record fields stored as dictionary codes.
enum class CodedField : uint8_t { kEthnicity, kReligion, kEducation };
inline constexpr int kCodedFieldCount = 3;

class MemberTable {
 public:
  size_t size() const { return born_on_.size(); }
  Date born_on(MemberId m) const { return born_on_[Index(m)]; }
  Sex sex(MemberId m) const { return static_cast<Sex>(traits_[Index(m)] & 1u); }
  bool youth_union(MemberId m) const { return (traits_[Index(m)] & 2u) != 0; }
  TheoryLevel theory_level(MemberId m) const {
    return static_cast<TheoryLevel>((traits_[Index(m)] & kTraitMask) >> 2);
  }
  // For scans: sex | youth_union << 1 | theory_level << 2 in the low five
  // bits, and kFarDayFlag when a date of the member is coded kFarDay.
  uint8_t TraitBits(MemberId m) const { return traits_[Index(m)]; }
  static constexpr int kTraitBits = 5;
  static constexpr uint8_t kTraitMask = (1u << kTraitBits) - 1, kFarDayFlag = 0x80;
  uint16_t Code(CodedField field, MemberId m) const {
    return codes_[static_cast<size_t>(field)][Index(m)];
  }
  const std::vector<std::string>& Dictionary(CodedField field) const {
    return dictionaries_[static_cast<size_t>(field)];
  }
  bool IsEthnicMinority(MemberId m) const { return Code(CodedField::kEthnicity, m) != kinh_code_; }
  bool IsReligious(MemberId m) const { return Code(CodedField::kReligion, m) != no_religion_code_; }

  Date first_admitted_on(MemberId m) const { return first_admitted_on_[Index(m)]; }
  Date SpellStart(MemberId m, uint32_t k) const { return spell_from_[spell_begin_[Index(m)] + k]; }
  // A spell's flags: status | active << 1 | exempted << 2.
  // kActiveBeforeFlag: the member was active in every earlier spell (party
  // age then runs unbroken from the first admission).
  static constexpr uint8_t kOfficialFlag = 1, kActiveFlag = 2, kExemptedFlag = 4,
                           kActiveBeforeFlag = 8;
  // A spell's org and flags share one 32-bit cell: the org index in the low
  // 28 bits, the flags above.
  static constexpr int kCellOrgBits = 28;
  static OrgId CellOrg(uint32_t cell) {
    return static_cast<OrgId>(cell & ((1u << kCellOrgBits) - 1));
  }
  static uint8_t CellFlags(uint32_t cell) { return static_cast<uint8_t>(cell >> kCellOrgBits); }
  uint32_t SpellCell(MemberId m, uint32_t k) const {
    return spell_cell_[spell_begin_[Index(m)] + k];
  }
  uint32_t SpellCount(MemberId m) const { return spell_end_[Index(m)] - spell_begin_[Index(m)]; }
  Spell SpellNumber(MemberId m, uint32_t k) const;

  // The columns as plain arrays (by member index, spells by spell offset),
  // for scans over millions of members; valid while the table is. Dates
  // are day codes: a member with kFarDayFlag must be read through the
  // accessors instead.
  struct Columns {
    const uint32_t* spell_begin;
    const uint32_t* spell_end;
    const DayCode* spell_from;
    const uint32_t* spell_cell;
    const uint8_t* trait_bits;
    const uint16_t* codes[kCodedFieldCount];
    const DayCode* born_on;
    const DayCode* first_admitted_on;
  };
  Columns columns() const {
    return {spell_begin_.data(), spell_end_.data(),
            spell_from_.codes(), spell_cell_.data(),
            traits_.data(),      {codes_[0].data(), codes_[1].data(), codes_[2].data()},
            born_on_.codes(),    first_admitted_on_.codes()};
  }
  // The member's spell at the end of `day`, or nullopt before the first one.
  std::optional<Spell> SpellAt(MemberId m, Date day) const;
  // Whole years of party membership at the end of `day`.
  int PartyAgeYears(MemberId m, Date day) const;

  // Building: members in index order, before or after Finish().
  // The party days before the member entered the ledger are those from
  // `first_admitted_on` to the first spell.
  // REQUIRES: at least one spell.
  void Add(const Person& person, Date first_admitted_on, std::span<const Spell> spells);

  // Updating a finished table.
  // A spell from `spell.from` on; one from the same day replaces the last.
  // REQUIRES: spell.from is on or after the member's last spell start.
  void AppendSpell(MemberId m, const Spell& spell);
  // The member's corrected record.
  void SetRecord(MemberId m, const Person& person);
  // Spell cells left behind by members whose spells moved to the end.
  size_t AbandonedSpells() const { return spell_from_.size() - live_spells_; }
  // Packs every member's spells in member order, dropping abandoned cells.
  void Compact();
  // Room for `members` more members and `spells` more spell cells.
  void Reserve(size_t members, size_t spells);
  bool HasRoom(size_t members, size_t spells) const;

 private:
  uint16_t Encode(CodedField field, const std::string& value);
  static uint8_t TraitBitsOf(const Person& person);
  static uint32_t CellOf(const Spell& spell, bool active_before);
  // True when the spell's day is coded kFarDay.
  bool PushSpell(const Spell& spell, bool active_before);

  DayColumn born_on_;
  std::vector<uint8_t> traits_;  // sex, youth union, theory level << 2, kFarDayFlag
  std::vector<uint16_t> codes_[kCodedFieldCount];
  std::vector<std::string> dictionaries_[kCodedFieldCount];
  std::unordered_map<std::string, uint16_t> code_of_[kCodedFieldCount];
  uint16_t kinh_code_ = UINT16_MAX, no_religion_code_ = UINT16_MAX;
  DayColumn first_admitted_on_;
  // Each member's spells are [spell_begin_, spell_end_) of the spell columns.
  std::vector<uint32_t> spell_begin_, spell_end_;
  uint64_t live_spells_ = 0;
  DayColumn spell_from_;
  std::vector<uint32_t> spell_cell_;  // org | flags << kCellOrgBits

  template <typename Io, typename Model>
  friend void SnapshotColumns(Io& io, Model& model);
};

}  // namespace tochuc
