#include "domain/composition_report.h"

#include <fmt/format.h>

#include <array>

namespace tochuc {

std::string AgeBand(int years) {
  if (years <= 30) return "18_30";
  if (years > 80) return "over_80";
  const int low = (years - 1) / 10 * 10 + 1;
  return fmt::format("{}_{}", low, low + 9);
}

std::string PartyAgeBand(int years) {
  if (years < 10) return "under_10";
  if (years >= 50) return "50_plus";
  const int low = years / 10 * 10;
  return fmt::format("{}_{}", low, low + 9);
}

namespace {

// Bands as small numbers while counting; named when the report is built.
int AgeBandIndex(int years) { return years <= 30 ? 0 : years > 80 ? 6 : (years - 1) / 10 - 2; }
int PartyAgeBandIndex(int years) { return years >= 50 ? 5 : years / 10; }
constexpr std::array<int, 7> kAgeBandExample{18, 35, 45, 55, 65, 75, 85};
constexpr std::array<int, 6> kPartyAgeBandExample{0, 15, 25, 35, 45, 55};

struct Counters {
  int64_t total = 0, exempted = 0;
  std::array<int64_t, 2> sex{}, status{}, youth_union{};
  std::array<int64_t, 5> theory_level{};
  std::array<int64_t, 7> age_band{};
  std::array<int64_t, 6> party_age_band{};
  std::array<std::vector<int64_t>, kCodedFieldCount> coded;
};

template <typename Counts, typename Name>
Breakdown Named(const Counts& counts, Name name) {
  Breakdown out;
  for (size_t k = 0; k < counts.size(); ++k) {
    if (counts[k] > 0) out[name(k)] += counts[k];
  }
  return out;
}

CompositionReport ToReport(const MemberTable& members, const Counters& c) {
  CompositionReport report;
  report.total = c.total;
  report.exempted = c.exempted;
  auto coded = [&](CodedField field) {
    return Named(c.coded[static_cast<size_t>(field)],
                 [&](size_t k) { return members.Dictionary(field)[k]; });
  };
  report.by = {
      {"sex", Named(c.sex, [](size_t k) { return std::string(SexCode(static_cast<Sex>(k))); })},
      {"status",
       Named(c.status,
             [](size_t k) { return std::string(MemberStatusName(static_cast<MemberStatus>(k))); })},
      {"ethnicity", coded(CodedField::kEthnicity)},
      {"religion", coded(CodedField::kReligion)},
      {"education", coded(CodedField::kEducation)},
      {"theory_level",
       Named(c.theory_level,
             [](size_t k) { return std::string(TheoryLevelName(static_cast<TheoryLevel>(k))); })},
      {"youth_union", Named(c.youth_union, [](size_t k) { return k ? "true" : "false"; })},
      {"age_band", Named(c.age_band, [](size_t k) { return AgeBand(kAgeBandExample[k]); })},
      {"party_age_band",
       Named(c.party_age_band, [](size_t k) { return PartyAgeBand(kPartyAgeBandExample[k]); })},
  };
  return report;
}

}  // namespace

CompositionReport ComputeComposition(const ReadModel& model, OrgId org, Date day) {
  const MemberTable& members = model.members;
  const std::vector<uint8_t> inside = model.SubtreeMaskAt(org, day);
  Counters c;
  for (int f = 0; f < kCodedFieldCount; ++f) {
    c.coded[static_cast<size_t>(f)].assign(members.Dictionary(static_cast<CodedField>(f)).size(),
                                           0);
  }
  for (uint32_t member_idx = 0; member_idx < members.size(); ++member_idx) {
    const auto m = static_cast<MemberId>(member_idx);
    const std::optional<Spell> spell = members.SpellAt(m, day);
    if (!spell || !spell->active || !inside[Index(spell->org)]) continue;
    ++c.total;
    c.exempted += spell->exempted;
    ++c.sex[static_cast<size_t>(members.sex(m))];
    ++c.status[static_cast<size_t>(spell->status)];
    for (int f = 0; f < kCodedFieldCount; ++f) {
      ++c.coded[static_cast<size_t>(f)][members.Code(static_cast<CodedField>(f), m)];
    }
    ++c.theory_level[static_cast<size_t>(members.theory_level(m))];
    ++c.youth_union[members.youth_union(m) ? 1 : 0];
    ++c.age_band[static_cast<size_t>(AgeBandIndex(WholeYearsBetween(members.born_on(m), day)))];
    ++c.party_age_band[static_cast<size_t>(PartyAgeBandIndex(members.PartyAgeYears(m, day)))];
  }
  return ToReport(members, c);
}

}  // namespace tochuc
