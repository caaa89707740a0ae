#include "domain/composition_report.h"

#include <fmt/format.h>

#include <array>
#include <future>
#include <optional>
#include <thread>

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

// Whole years from `from` to `day` reach each of `years` exactly when `from`
// is on or before day.AddYears(-years), with one exception: `from` on 29
// February and `day` on 28 February of a common year, the anniversary then.
template <size_t N>
class YearThresholds {
 public:
  YearThresholds(Date day, const std::array<int, N>& years)
      : day_is_common_february_28_(day.month() == 2 && day.day() == 28 &&
                                   day.AddDays(1).month() == 3) {
    for (size_t k = 0; k < N; ++k) dates_[k] = day.AddYears(-years[k]);
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
  std::array<Date, N> dates_;
};

// What one member adds, as joint histograms: a member bumps five counters
// instead of one per breakdown, and the breakdowns are read off at the end.
// Members not counted (inactive on the day, or outside the unit) go to a
// last, discarded slot of each: a branch on them would be mispredicted for
// one record in five.
struct Histograms {
  // Trait bits | official << 5 | exempted << 6.
  static constexpr int kTraitKeys = 1 << (MemberTable::kTraitBits + 2);
  static constexpr int kBandKeys = 7 * 6;  // age band * 6 + party age band
  std::array<uint32_t, kTraitKeys + 1> traits{};
  std::array<uint32_t, kBandKeys + 1> bands{};
  std::array<std::vector<uint32_t>, kCodedFieldCount> coded;  // + 1 discarded

  Counters ToCounters() const {
    Counters c;
    for (int key = 0; key < kTraitKeys; ++key) {
      const int64_t n = traits[static_cast<size_t>(key)];
      if (n == 0) continue;
      c.total += n;
      c.sex[static_cast<size_t>(key & 1)] += n;
      c.youth_union[static_cast<size_t>((key >> 1) & 1)] += n;
      c.theory_level[static_cast<size_t>((key >> 2) & 7)] += n;
      c.status[static_cast<size_t>((key >> MemberTable::kTraitBits) & 1)] += n;
      c.exempted += ((key >> (MemberTable::kTraitBits + 1)) & 1) * n;
    }
    for (int key = 0; key < kBandKeys; ++key) {
      c.age_band[static_cast<size_t>(key / 6)] += bands[static_cast<size_t>(key)];
      c.party_age_band[static_cast<size_t>(key % 6)] += bands[static_cast<size_t>(key)];
    }
    for (size_t f = 0; f < coded.size(); ++f) {
      c.coded[f].assign(coded[f].begin(), coded[f].end() - 1);
    }
    return c;
  }
};

// Counts the active members in the mask among members [first, last).
class MemberCounter {
 public:
  MemberCounter(const MemberTable& members, const std::vector<uint8_t>& inside, Date day)
      : members_(members),
        columns_(members.columns()),
        inside_data_(inside.data()),
        day_(day),
        day_code_(ToDayCode(day)),
        age_bands_(day, kAgeBandStarts),
        party_bands_(day, kPartyBandStarts) {}

  Counters Count(uint32_t first, uint32_t last) const {
    Histograms h;
    for (int f = 0; f < kCodedFieldCount; ++f) {
      h.coded[static_cast<size_t>(f)].assign(
          members_.Dictionary(static_cast<CodedField>(f)).size() + 1, 0);
    }
    for (uint32_t member_idx = first; member_idx < last; ++member_idx) {
      CountMember(static_cast<MemberId>(member_idx), h);
    }
    return h.ToCounters();
  }

 private:
  static constexpr std::array<int, 6> kAgeBandStarts{31, 41, 51, 61, 71, 81};
  static constexpr std::array<int, 5> kPartyBandStarts{10, 20, 30, 40, 50};

  void CountMember(MemberId m, Histograms& h) const {
    const MemberTable::Columns& col = columns_;
    const uint32_t idx = Index(m);
    const uint8_t traits = col.trait_bits[idx];
    if ((traits & MemberTable::kFarDayFlag) != 0 || day_code_ == kFarDay) {
      return CountMemberExactly(m, h);  // a date beyond the day codes: rare, and predicted
    }
    const uint32_t first = col.spell_begin[idx];
    // The spell at the end of the day: the last one started on or before it.
    uint32_t spell = col.spell_end[idx];
    while (spell > first && col.spell_from[spell - 1] > day_code_) --spell;
    if (spell == first) return;  // not yet a member: rare, and predicted
    --spell;
    const uint32_t cell = col.spell_cell[spell];
    Tally(m, traits, MemberTable::CellFlags(cell), MemberTable::CellOrg(cell),
          FromDayCode(col.born_on[idx]), FromDayCode(col.first_admitted_on[idx]), h);
  }

  void CountMemberExactly(MemberId m, Histograms& h) const {
    const uint32_t count = members_.SpellCount(m);
    uint32_t spell = count;
    while (spell > 0 && members_.SpellStart(m, spell - 1) > day_) --spell;
    if (spell == 0) return;
    --spell;
    const uint32_t cell = members_.SpellCell(m, spell);
    Tally(m, members_.TraitBits(m), MemberTable::CellFlags(cell), MemberTable::CellOrg(cell),
          members_.born_on(m), members_.first_admitted_on(m), h);
  }

  // Inlined: a call per member costs more than a tenth of the scan.
  [[gnu::always_inline]] void Tally(MemberId m, uint8_t traits, uint8_t flag, OrgId org, Date born,
                                    Date first_admitted, Histograms& h) const {
    const uint32_t idx = Index(m);
    const bool counted = (flag & MemberTable::kActiveFlag) != 0 && inside_data_[Index(org)] != 0;
    const unsigned official = flag & MemberTable::kOfficialFlag;
    const unsigned exempted = (flag & MemberTable::kExemptedFlag) != 0;
    const unsigned trait_key = (traits & MemberTable::kTraitMask) |
                               official << MemberTable::kTraitBits |
                               exempted << (MemberTable::kTraitBits + 1);
    ++h.traits[counted ? trait_key : Histograms::kTraitKeys];
    for (size_t f = 0; f < kCodedFieldCount; ++f) {
      const size_t discarded = h.coded[f].size() - 1;
      ++h.coded[f][counted ? columns_.codes[f][idx] : discarded];
    }
    std::optional<int> age_band = age_bands_.Count(born);
    if (!age_band) age_band = AgeBandIndex(WholeYearsBetween(born, day_));
    // A member active in every spell so far has party age from the first
    // admission to the day; gaps (removed, then readmitted) need the long way.
    std::optional<int> party_band;
    if (flag & MemberTable::kActiveBeforeFlag) party_band = party_bands_.Count(first_admitted);
    if (!party_band) party_band = PartyAgeBandIndex(members_.PartyAgeYears(m, day_));
    ++h.bands[counted ? static_cast<size_t>(*age_band * 6 + *party_band) : Histograms::kBandKeys];
  }

  const MemberTable& members_;
  const MemberTable::Columns columns_;
  const uint8_t* inside_data_;
  Date day_;
  DayCode day_code_;  // kFarDay: every member the long way
  YearThresholds<kAgeBandStarts.size()> age_bands_;
  YearThresholds<kPartyBandStarts.size()> party_bands_;
};

template <typename Array>
void AddInto(Array& into, const Array& more) {
  for (size_t k = 0; k < into.size(); ++k) into[k] += more[k];
}

void AddInto(Counters& into, const Counters& more) {
  into.total += more.total;
  into.exempted += more.exempted;
  AddInto(into.sex, more.sex);
  AddInto(into.status, more.status);
  AddInto(into.youth_union, more.youth_union);
  AddInto(into.theory_level, more.theory_level);
  AddInto(into.age_band, more.age_band);
  AddInto(into.party_age_band, more.party_age_band);
  for (size_t f = 0; f < into.coded.size(); ++f) AddInto(into.coded[f], more.coded[f]);
}

// Below this many member records one thread is quicker than starting another.
constexpr uint32_t kMembersPerThread = 1'000'000;

}  // namespace

CompositionReport ComputeComposition(const ReadModel& model, std::span<const OrgId> orgs,
                                     Date day) {
  const MemberTable& members = model.members;
  std::vector<uint8_t> inside(model.orgs.size());
  for (OrgId org : orgs) {
    model.history.ForEachInSubtreeAt(org, EndOfDay(day),
                                     [&](OrgId below, OrgId) { inside[Index(below)] = 1; });
  }
  const MemberCounter counter(members, inside, day);
  const auto total = static_cast<uint32_t>(members.size());
  if (total < 2 * kMembersPerThread || std::thread::hardware_concurrency() < 2) {
    return ToReport(members, counter.Count(0, total));
  }
  // The records are independent: count the second half on another thread.
  const uint32_t half = total / 2;
  auto second = std::async(std::launch::async, [&] { return counter.Count(half, total); });
  Counters counts = counter.Count(0, half);
  AddInto(counts, second.get());
  return ToReport(members, counts);
}

CompositionReport ComputeComposition(const ReadModel& model, OrgId org, Date day) {
  return ComputeComposition(model, std::span(&org, 1), day);
}

}  // namespace tochuc
