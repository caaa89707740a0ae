#include "generate/province_generator.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "domain/ledger_state.h"

namespace tochuc::generate {
namespace {

std::vector<Event> Generate(int64_t members, uint64_t seed) {
  std::vector<Event> events;
  GenerateProvince({members, seed}, [&](const Event& event) { events.push_back(event); });
  return events;
}

// The ledgers the tests look at, generated once.
const std::vector<Event>& Ledger(int64_t members, uint64_t seed = 1) {
  static std::map<std::pair<int64_t, uint64_t>, std::vector<Event>> cache;
  auto [it, inserted] = cache.try_emplace({members, seed});
  if (inserted) it->second = Generate(members, seed);
  return it->second;
}

// Every field of an event, for comparing ledgers.
std::string Describe(const Event& e) {
  std::ostringstream out;
  out << EventTypeName(e.type) << '|' << e.date.ToString() << '|' << e.doc << '|' << e.note << '|'
      << e.org << '|' << e.member << '|' << e.name << '|' << OrgKindName(e.kind) << '|' << e.sector
      << '|' << e.parent.value_or("-") << '|' << e.into << '|' << e.to << '|' << e.destination
      << '|' << RemovalReasonName(e.reason) << '|' << MemberStatusName(e.status) << '|'
      << (e.admitted_on ? e.admitted_on->ToString() : "-") << '|'
      << (e.official_on ? e.official_on->ToString() : "-") << '|';
  for (const std::string& code : e.orgs) out << code << ',';
  const PersonPatch& p = e.person;
  out << '|' << p.name.value_or("-") << '|' << (p.sex ? SexCode(*p.sex) : "-") << '|'
      << (p.born_on ? p.born_on->ToString() : "-") << '|' << p.ethnicity.value_or("-") << '|'
      << p.religion.value_or("-") << '|' << p.education.value_or("-") << '|'
      << (p.theory_level ? TheoryLevelName(*p.theory_level) : "-") << '|'
      << (p.youth_union ? (*p.youth_union ? "1" : "0") : "-");
  return out.str();
}

std::vector<std::string> DescribeAll(const std::vector<Event>& events) {
  std::vector<std::string> out;
  out.reserve(events.size());
  for (const Event& event : events) out.push_back(Describe(event));
  return out;
}

// Applies the ledger through the domain's rules; returns the first refusal.
struct Replay {
  LedgerState state;
  std::string first_problem;
  size_t refused = 0;
};

void ReplayInto(const std::vector<Event>& events, Replay& replay) {
  uint64_t seq = 0;
  for (Event event : events) {
    event.seq = ++seq;
    const Problems problems = replay.state.Apply(event);
    if (problems.empty()) continue;
    if (replay.refused++ == 0) {
      replay.first_problem = "line " + std::to_string(seq) + " (" +
                             std::string(EventTypeName(event.type)) +
                             "): " + problems.front().message;
    }
  }
}

int64_t ActiveMembers(const LedgerState& state) {
  int64_t active = 0;
  for (uint32_t idx = 0; idx < state.member_count(); ++idx) {
    active += state.member(static_cast<MemberId>(idx)).standing == Standing::kActive;
  }
  return active;
}

TEST(GenerateProvince, SameSeedGivesTheSameLedger) {
  EXPECT_EQ(DescribeAll(Ledger(2'000)), DescribeAll(Generate(2'000, 1)));
}

// The demo, the CLI tests and benchmarks compare against ledgers written by
// `tochuc generate --members N --seed S`: a change to the generator must not
// change them by accident. When a change is meant to, update the number.
TEST(GenerateProvince, LedgerOfASeedStaysTheSame) {
  uint64_t fingerprint = 14695981039346656037ULL;  // FNV-1a over every field of every event
  for (const std::string& line : DescribeAll(Ledger(2'000))) {
    for (char c : line + '\n') {
      fingerprint = (fingerprint ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
  }
  EXPECT_EQ(fingerprint, 13676689332108696635ULL);
}

TEST(GenerateProvince, DifferentSeedsGiveDifferentLedgers) {
  EXPECT_NE(DescribeAll(Ledger(2'000, 1)), DescribeAll(Ledger(2'000, 2)));
}

TEST(GenerateProvince, DatesNeverGoBackwardsAndStayInTheDecade) {
  const std::vector<Event>& events = Ledger(20'000);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.front().date.ToString(), "2015-01-01");
  EXPECT_LE(events.back().date.ToString(), "2025-12-31");
  for (size_t idx = 1; idx < events.size(); ++idx) {
    ASSERT_LE(events[idx - 1].date, events[idx].date) << "line " << idx + 1;
  }
}

TEST(GenerateProvince, IntroducesEveryMemberOnce) {
  std::set<std::string> known;
  for (const Event& event : Ledger(20'000)) {
    if (IsOrgEvent(event.type)) continue;
    const bool introduces = event.type == EventType::kMemberRegistered ||
                            event.type == EventType::kMemberAdmitted ||
                            event.type == EventType::kMemberTransferredIn;
    if (introduces) {
      EXPECT_TRUE(known.insert(event.member).second) << event.member << " introduced twice";
      EXPECT_TRUE(event.person.IsComplete()) << event.member;
    } else {
      EXPECT_TRUE(known.contains(event.member)) << event.member << " named before introduced";
    }
  }
}

TEST(GenerateProvince, EveryEventIsAcceptedByTheLedgerRules) {
  for (int64_t members : {2'000, 20'000}) {
    Replay replay;
    ReplayInto(Ledger(members), replay);
    EXPECT_EQ(replay.refused, 0U) << members << " members; first: " << replay.first_problem;
  }
}

TEST(GenerateProvince, EndsWithinFivePercentOfTheMembersAskedFor) {
  for (int64_t members : {2'000, 20'000}) {
    Replay replay;
    ReplayInto(Ledger(members), replay);
    const int64_t active = ActiveMembers(replay.state);
    EXPECT_GE(active, members * 95 / 100) << members;
    EXPECT_LE(active, members * 105 / 100) << members;
  }
}

TEST(GenerateProvince, UsesEveryEventType) {
  std::set<EventType> seen;
  for (const Event& event : Ledger(20'000)) seen.insert(event.type);
  for (EventType type :
       {EventType::kOrgEstablished, EventType::kOrgRenamed, EventType::kOrgMoved,
        EventType::kOrgMerged, EventType::kOrgDissolved, EventType::kMemberRegistered,
        EventType::kMemberAdmitted, EventType::kMemberRecognizedOfficial,
        EventType::kMemberProbationRemoved, EventType::kMemberTransferred,
        EventType::kMemberTransferredOut, EventType::kMemberTransferredIn,
        EventType::kMemberExempted, EventType::kMemberExemptionEnded, EventType::kMemberRemoved,
        EventType::kMemberExpelled, EventType::kMemberDied, EventType::kMemberReadmitted,
        EventType::kMemberCorrected}) {
    EXPECT_TRUE(seen.contains(type)) << EventTypeName(type);
  }
}

// 817 grassroots organizations at 75,000 members, in proportion otherwise.
TEST(GenerateProvince, OpensWithAProportionateNumberOfGrassrootsOrganizations) {
  int grassroots = 0;
  for (const Event& event : Ledger(20'000)) {
    if (event.date.ToString() != "2015-01-01") break;
    grassroots += event.type == EventType::kOrgEstablished && IsGrassroots(event.kind);
  }
  const double expected = 817.0 * 20'000 / 75'000;
  EXPECT_GE(grassroots, expected * 0.9);
  EXPECT_LE(grassroots, expected * 1.1);
}

TEST(GenerateProvince, AbolishesTheDistrictsButKeepsTheBlocs) {
  Replay replay;
  ReplayInto(Ledger(20'000), replay);
  int live_upper = 0;
  for (uint32_t idx = 0; idx < replay.state.org_count(); ++idx) {
    const OrgState& org = replay.state.org(static_cast<OrgId>(idx));
    if (org.kind != OrgKind::kUpperCommittee) continue;
    if (org.sector == "huyen") {
      EXPECT_EQ(org.life, OrgLife::kDissolved) << org.code;
      EXPECT_EQ(org.ended_on.value_or(Date()).ToString(), "2025-07-01") << org.code;
    } else {
      EXPECT_EQ(org.life, OrgLife::kAlive) << org.code;
      ++live_upper;
    }
  }
  EXPECT_EQ(live_upper, 2);
}

TEST(GenerateProvince, NamesAreVietnamese) {
  int common_name = 0;
  for (const Event& event : Ledger(20'000)) {
    common_name += event.person.name == "Nguyễn Văn Đức";
  }
  EXPECT_GE(common_name, 3);
}

}  // namespace
}  // namespace tochuc::generate
