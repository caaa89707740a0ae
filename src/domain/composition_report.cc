#include "domain/composition_report.h"

#include <fmt/format.h>

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

CompositionReport ComputeComposition(const ReadModel& model, OrgId org, Date day) {
  CompositionReport report;
  for (const char* dimension : {"sex", "status", "ethnicity", "religion", "education",
                                "theory_level", "youth_union", "age_band", "party_age_band"}) {
    report.by.emplace_back(dimension, Breakdown{});
  }
  const TreeNumbering* tree = model.TreeAt(day);
  if (!tree) return report;
  const PositionRange range = tree->Subtree(org);
  if (range.empty()) return report;
  for (uint32_t member_idx = 0; member_idx < model.members.size(); ++member_idx) {
    const auto member_id = static_cast<MemberId>(member_idx);
    const Spell* spell = model.SpellAt(member_id, day);
    if (!spell || !spell->active || !range.Contains(tree->Position(spell->org))) continue;
    const Person& person = model.member(member_id).person;
    ++report.total;
    report.exempted += spell->exempted;
    size_t dimension = 0;
    ++report.by[dimension++].second[std::string(SexCode(person.sex))];
    ++report.by[dimension++].second[std::string(MemberStatusName(spell->status))];
    ++report.by[dimension++].second[person.ethnicity];
    ++report.by[dimension++].second[person.religion];
    ++report.by[dimension++].second[person.education];
    ++report.by[dimension++].second[std::string(TheoryLevelName(person.theory_level))];
    ++report.by[dimension++].second[person.youth_union ? "true" : "false"];
    ++report.by[dimension++].second[AgeBand(WholeYearsBetween(person.born_on, day))];
    ++report.by[dimension++].second[PartyAgeBand(model.PartyAgeYears(member_id, day))];
  }
  return report;
}

}  // namespace tochuc
