#include "domain/projection.h"

#include <fmt/format.h>

#include <algorithm>

namespace tochuc {

std::string_view OrgLifeName(OrgLife life) {
  switch (life) {
    case OrgLife::kAlive: return "alive";
    case OrgLife::kDissolved: return "dissolved";
    case OrgLife::kMerged: return "merged";
  }
  return "";
}

namespace {

std::string_view StandingName(Standing standing) {
  switch (standing) {
    case Standing::kActive: return "active";
    case Standing::kRemoved: return "removed";
    case Standing::kExpelled: return "expelled";
    case Standing::kProbationRemoved: return "probation_removed";
    case Standing::kTransferredOut: return "transferred_out";
    case Standing::kDied: return "died";
  }
  return "";
}

std::string DateText(const std::optional<Date>& date) { return date ? date->ToString() : ""; }

// The rows by key, as pointers (rows come sorted by key already, as both
// ProjectState and a store give them; others are sorted here).
template <typename Row, typename Key>
std::vector<const Row*> ByKey(const std::vector<Row>& rows, Key key) {
  std::vector<const Row*> out;
  out.reserve(rows.size());
  for (const Row& row : rows) out.push_back(&row);
  auto before = [&](const Row* x, const Row* y) { return key(*x) < key(*y); };
  if (!std::is_sorted(out.begin(), out.end(), before)) std::sort(out.begin(), out.end(), before);
  return out;
}

// Compares two row lists by key and describes each difference. Walks both
// in key order at once: a country's projection is millions
// of rows, too many to index again in a map.
template <typename Row, typename Key>
void DiffRows(const std::vector<Row>& expected_rows, const std::vector<Row>& actual_rows, Key key,
              std::string_view what, std::vector<std::string>& out) {
  const std::vector<const Row*> expected = ByKey(expected_rows, key);
  const std::vector<const Row*> actual = ByKey(actual_rows, key);
  size_t e = 0, a = 0;
  while (e < expected.size() || a < actual.size()) {
    if (a == actual.size() || (e < expected.size() && key(*expected[e]) < key(*actual[a]))) {
      out.push_back(fmt::format("{} '{}' is missing from the projection", what, key(*expected[e])));
      ++e;
    } else if (e == expected.size() || key(*actual[a]) < key(*expected[e])) {
      out.push_back(
          fmt::format("{} '{}' is in the projection but not in the ledger", what, key(*actual[a])));
      ++a;
    } else {
      if (!(*expected[e] == *actual[a])) {
        out.push_back(fmt::format("{} '{}' differs from the ledger", what, key(*expected[e])));
      }
      ++e;
      ++a;
    }
  }
}

}  // namespace

OrgRow ProjectOrg(const LedgerState& state, OrgId org) {
  const OrgState& o = state.org(org);
  return {o.code,
          o.name,
          std::string(OrgKindName(o.kind)),
          o.sector,
          o.parent ? state.org(*o.parent).code : "",
          std::string(OrgLifeName(o.life)),
          o.established_on.ToString(),
          DateText(o.ended_on),
          o.merged_into ? state.org(*o.merged_into).code : ""};
}

MemberRow ProjectMember(const LedgerState& state, MemberId member) {
  const MemberState& m = state.member(member);
  const Person& person = m.person;
  return {m.id,
          state.org(m.org).code,
          person.name,
          std::string(SexCode(person.sex)),
          person.born_on.ToString(),
          person.ethnicity,
          person.religion,
          person.education,
          std::string(TheoryLevelName(person.theory_level)),
          person.youth_union,
          std::string(StandingName(m.standing)),
          std::string(MemberStatusName(m.status)),
          m.exempted,
          m.admitted_on.ToString(),
          DateText(m.official_on),
          m.standing_since.ToString()};
}

Projection ProjectState(const LedgerState& state) {
  Projection p;
  for (uint32_t org_idx = 0; org_idx < state.org_count(); ++org_idx) {
    p.orgs.push_back(ProjectOrg(state, static_cast<OrgId>(org_idx)));
  }
  for (uint32_t member_idx = 0; member_idx < state.member_count(); ++member_idx) {
    p.members.push_back(ProjectMember(state, static_cast<MemberId>(member_idx)));
  }
  std::sort(p.orgs.begin(), p.orgs.end(),
            [](const OrgRow& a, const OrgRow& b) { return a.code < b.code; });
  std::sort(p.members.begin(), p.members.end(),
            [](const MemberRow& a, const MemberRow& b) { return a.id < b.id; });
  return p;
}

std::vector<std::string> DiffProjections(const Projection& expected, const Projection& actual) {
  std::vector<std::string> out;
  DiffRows(
      expected.orgs, actual.orgs, [](const OrgRow& r) -> const std::string& { return r.code; },
      "organization", out);
  DiffRows(
      expected.members, actual.members,
      [](const MemberRow& r) -> const std::string& { return r.id; }, "member", out);
  return out;
}

}  // namespace tochuc
