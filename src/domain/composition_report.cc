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

// Whole years from `from` to `day` reach each of `years` exactly when `from`
// is on or before day.AddYears(-years), with one exception: `from` on 29
// February and `day` on 28 February of a common year, the anniversary then.
class YearThresholds {
 public:
  YearThresholds(Date day, std::span<const int> years)
      : day_is_common_february_28_(day.month() == 2 && day.day() == 28 &&
                                   day.AddDays(1).month() == 3) {
    for (int y : years) dates_.push_back(day.AddYears(-y));
  }
  // How many thresholds `from` reaches; nullopt when it must be counted exactly.
  std::optional<int> Count(Date from) const {
    if (day_is_common_february_28_ && from.month() == 2 && from.day() == 29) return std::nullopt;
    int count = 0;
    for (Date threshold : dates_) count += from <= threshold;
    return count;
  }

 private:
  bool day_is_common_february_28_;
  std::vector<Date> dates_;
};

CompositionReport ComputeComposition(const ReadModel& model, std::span<const OrgId> orgs,
                                     Date day) {
  const MemberTable& members = model.members;
  std::vector<uint8_t> inside(model.orgs.size());
  for (OrgId org : orgs) {
    model.history.ForEachInSubtreeAt(org, EndOfDay(day),
                                     [&](OrgId below, OrgId) { inside[Index(below)] = 1; });
  }
  static constexpr int kAgeBandStarts[] = {31, 41, 51, 61, 71, 81};
  static constexpr int kPartyBandStarts[] = {10, 20, 30, 40, 50};
  const YearThresholds age_bands(day, kAgeBandStarts), party_bands(day, kPartyBandStarts);
  Counters c;
  for (int f = 0; f < kCodedFieldCount; ++f) {
    c.coded[static_cast<size_t>(f)].assign(members.Dictionary(static_cast<CodedField>(f)).size(),
                                           0);
  }
  for (uint32_t member_idx = 0; member_idx < members.size(); ++member_idx) {
    const auto m = static_cast<MemberId>(member_idx);
    const auto starts = members.SpellStarts(m);
    // The spell at the end of `day`: the last one started on or before it.
    size_t spell = starts.size();
    while (spell > 0 && starts[spell - 1] > day) --spell;
    if (spell == 0) continue;
    --spell;
    const auto flags = members.SpellFlags(m);
    if ((flags[spell] & MemberTable::kActiveFlag) == 0) continue;
    if (!inside[Index(members.SpellOrgs(m)[spell])]) continue;
    ++c.total;
    c.exempted += (flags[spell] & MemberTable::kExemptedFlag) != 0;
    ++c.sex[static_cast<size_t>(members.sex(m))];
    ++c.status[flags[spell] & MemberTable::kOfficialFlag];
    for (int f = 0; f < kCodedFieldCount; ++f) {
      ++c.coded[static_cast<size_t>(f)][members.Code(static_cast<CodedField>(f), m)];
    }
    ++c.theory_level[static_cast<size_t>(members.theory_level(m))];
    ++c.youth_union[members.youth_union(m) ? 1 : 0];
    const Date born = members.born_on(m);
    std::optional<int> age_band = age_bands.Count(born);
    if (!age_band) age_band = AgeBandIndex(WholeYearsBetween(born, day));
    ++c.age_band[static_cast<size_t>(*age_band)];
    // A member active in every spell so far has party age from the first
    // admission to `day`; gaps (removed, then readmitted) need the long way.
    bool continuous = true;
    for (size_t k = 0; k < spell; ++k) continuous &= (flags[k] & MemberTable::kActiveFlag) != 0;
    std::optional<int> party_band;
    if (continuous) party_band = party_bands.Count(members.first_admitted_on(m));
    if (!party_band) party_band = PartyAgeBandIndex(members.PartyAgeYears(m, day));
    ++c.party_age_band[static_cast<size_t>(*party_band)];
  }
  return ToReport(members, c);
}

CompositionReport ComputeComposition(const ReadModel& model, OrgId org, Date day) {
  return ComputeComposition(model, std::span(&org, 1), day);
}

}  // namespace tochuc
