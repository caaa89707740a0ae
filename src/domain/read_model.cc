#include "domain/read_model.h"

#include <algorithm>

namespace tochuc {

std::optional<OrgId> ReadModel::FindOrg(std::string_view code) const {
  auto it = org_by_code.find(std::string(code));
  if (it == org_by_code.end()) return std::nullopt;
  return it->second;
}

std::optional<MemberId> ReadModel::FindMember(std::string_view id) const {
  auto it = member_by_id.find(std::string(id));
  if (it == member_by_id.end()) return std::nullopt;
  return it->second;
}

namespace {

// Index of the last entry dated on or before `day`, or -1.
template <typename T>
std::ptrdiff_t LastOnOrBefore(const std::vector<std::pair<Date, T>>& series, Date day) {
  auto it =
      std::upper_bound(series.begin(), series.end(), day,
                       [](Date d, const std::pair<Date, T>& entry) { return d < entry.first; });
  return (it - series.begin()) - 1;
}

}  // namespace

const TreeNumbering* ReadModel::TreeAt(Date day) const {
  const auto idx = LastOnOrBefore(day_versions, day);
  return idx < 0 ? nullptr : &versions[day_versions[static_cast<size_t>(idx)].second];
}

std::span<const TreeNumbering> ReadModel::TreesBetween(Date first, Date last) const {
  if (day_versions.empty() || last < first) return {};
  const auto first_idx = LastOnOrBefore(day_versions, first);
  const auto last_idx = LastOnOrBefore(day_versions, last);
  if (last_idx < 0) return {};
  const uint32_t from_version =
      first_idx < 0 ? 0 : day_versions[static_cast<size_t>(first_idx)].second;
  const uint32_t to_version = day_versions[static_cast<size_t>(last_idx)].second;
  return {versions.data() + from_version, to_version - from_version + 1};
}

int32_t ReadModel::Headcount(OrgId org, Date day) const {
  const auto& series = headcounts[Index(org)];
  const auto idx = LastOnOrBefore(series, day);
  return idx < 0 ? 0 : series[static_cast<size_t>(idx)].second;
}

std::span<const FlowRow> ReadModel::RowsBetween(Date first, Date last) const {
  auto begin = std::lower_bound(rows.begin(), rows.end(), first,
                                [](const FlowRow& row, Date d) { return row.date < d; });
  auto end = std::upper_bound(begin, rows.end(), last,
                              [](Date d, const FlowRow& row) { return d < row.date; });
  return {rows.data() + (begin - rows.begin()), static_cast<size_t>(end - begin)};
}

const Spell* ReadModel::SpellAt(MemberId id, Date day) const {
  const auto member_spells = SpellsOf(id);
  auto it = std::upper_bound(member_spells.begin(), member_spells.end(), day,
                             [](Date d, const Spell& spell) { return d < spell.from; });
  return it == member_spells.begin() ? nullptr : &*std::prev(it);
}

int ReadModel::PartyAgeYears(MemberId id, Date day) const {
  const MemberInfo& info = member(id);
  int64_t days = info.days_before_ledger;
  const auto member_spells = SpellsOf(id);
  for (size_t spell_idx = 0; spell_idx < member_spells.size(); ++spell_idx) {
    const Spell& spell = member_spells[spell_idx];
    if (spell.from > day) break;
    if (!spell.active) continue;
    // Counted like an age: from the spell's start up to `day`, so a member
    // admitted on 2010-01-01 has 13 years at the end of 2023-12-31.
    const Date until = spell_idx + 1 < member_spells.size()
                           ? std::min(member_spells[spell_idx + 1].from, day)
                           : day;
    days += until.days() - spell.from.days();
  }
  const Date start = info.first_admitted_on;
  return WholeYearsBetween(start, start.AddDays(static_cast<int32_t>(days)));
}

}  // namespace tochuc
