#include "domain/active_members.h"

namespace tochuc {
namespace {

ActiveMember FromCell(MemberId m, uint32_t cell) {
  const uint8_t flags = MemberTable::CellFlags(cell);
  return {m, MemberTable::CellOrg(cell),
          (flags & MemberTable::kOfficialFlag) != 0 ? MemberStatus::kOfficial
                                                    : MemberStatus::kProbationary,
          (flags & MemberTable::kExemptedFlag) != 0};
}

}  // namespace

std::vector<ActiveMember> ActiveMembersAt(const MemberTable& members,
                                          std::span<const uint8_t> inside, Date day) {
  std::vector<ActiveMember> out;
  const MemberTable::Columns col = members.columns();
  const DayCode day_code = ToDayCode(day);
  const auto count = static_cast<uint32_t>(members.size());
  for (uint32_t idx = 0; idx < count; ++idx) {
    const auto m = static_cast<MemberId>(idx);
    if ((col.trait_bits[idx] & MemberTable::kFarDayFlag) != 0 || day_code == kFarDay) {
      // A date beyond the day codes: rare, read the long way.
      const std::optional<Spell> spell = members.SpellAt(m, day);
      if (spell && spell->active && inside[Index(spell->org)])
        out.push_back({m, spell->org, spell->status, spell->exempted});
      continue;
    }
    // The spell at the end of the day: the last one started on or before it.
    const uint32_t first = col.spell_begin[idx];
    uint32_t spell = col.spell_end[idx];
    while (spell > first && col.spell_from[spell - 1] > day_code) --spell;
    if (spell == first) continue;
    const uint32_t cell = col.spell_cell[spell - 1];
    if ((MemberTable::CellFlags(cell) & MemberTable::kActiveFlag) == 0 ||
        !inside[Index(MemberTable::CellOrg(cell))]) {
      continue;
    }
    out.push_back(FromCell(m, cell));
  }
  return out;
}

}  // namespace tochuc
