#include "generate/national_generator.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "domain/ledger_state.h"

namespace tochuc::generate {
namespace {

// What the tests look at in a national ledger, gathered while it streams
// through the domain's rules (the ledger itself is never kept).
struct NationReplay {
  LedgerState state;
  size_t events = 0;
  size_t refused = 0;
  std::string first_problem;
  std::string first_disorder;   // an event dated before the one above it
  std::string first_duplicate;  // a member or org introduced twice
  Date first_day = Date::Max();
  Date last_day = Date::Min();
  std::map<EventType, size_t> counts;
  size_t transfers_between_provinces = 0;
  uint64_t fingerprint = 14695981039346656037ULL;  // FNV-1a over the main fields

  void Mix(std::string_view text) {
    for (char c : text)
      fingerprint = (fingerprint ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    fingerprint = (fingerprint ^ 0xff) * 1099511628211ULL;
  }
};

// The province prefix of a code or member id ("P07" of "P07X0101").
std::string_view Prefix(std::string_view code) { return code.substr(0, 3); }

NationReplay Replay(NationSize size, int64_t members, uint64_t seed) {
  NationReplay replay;
  std::set<std::string> members_seen;
  std::set<std::string> orgs_seen;
  Date previous = Date::Min();
  GenerateNation({size, members, seed}, [&](const Event& original) {
    Event event = original;
    event.seq = ++replay.events;
    ++replay.counts[event.type];
    replay.first_day = std::min(replay.first_day, event.date);
    replay.last_day = std::max(replay.last_day, event.date);
    if (event.date < previous && replay.first_disorder.empty()) {
      replay.first_disorder = "line " + std::to_string(event.seq);
    }
    previous = event.date;
    const bool introduces = event.type == EventType::kMemberRegistered ||
                            event.type == EventType::kMemberAdmitted ||
                            event.type == EventType::kMemberTransferredIn;
    if ((introduces && !members_seen.insert(event.member).second) ||
        (event.type == EventType::kOrgEstablished && !orgs_seen.insert(event.org).second)) {
      if (replay.first_duplicate.empty()) replay.first_duplicate = event.member + event.org;
    }
    if (event.type == EventType::kMemberTransferred && Prefix(event.member) != Prefix(event.to)) {
      ++replay.transfers_between_provinces;
    }
    replay.Mix(EventTypeName(event.type));
    replay.Mix(event.date.ToString());
    replay.Mix(event.org + event.member + event.to + event.into + event.name + event.doc);
    replay.Mix(event.person.name.value_or(""));
    const Problems problems = replay.state.Apply(event);
    if (!problems.empty() && replay.refused++ == 0) {
      replay.first_problem = "line " + std::to_string(event.seq) + " (" +
                             std::string(EventTypeName(event.type)) +
                             "): " + problems.front().message;
    }
  });
  return replay;
}

const NationReplay& SmallNation() {
  static const NationReplay replay = Replay(NationSize::kSmall, 0, 1);
  return replay;
}

// The 63 provinces, scaled down to 100,000 members.
const NationReplay& ScaledNation() {
  static const NationReplay replay = Replay(NationSize::kFull, 100'000, 1);
  return replay;
}

int64_t ActiveMembers(const LedgerState& state) {
  int64_t active = 0;
  for (uint32_t idx = 0; idx < state.member_count(); ++idx) {
    active += state.member(static_cast<MemberId>(idx)).standing == Standing::kActive;
  }
  return active;
}

// Province roots: established, and alive at the end.
std::pair<int, int> Roots(const LedgerState& state) {
  int established = 0;
  int alive = 0;
  for (uint32_t idx = 0; idx < state.org_count(); ++idx) {
    const OrgState& org = state.org(static_cast<OrgId>(idx));
    if (org.kind != OrgKind::kProvinceCommittee) continue;
    ++established;
    alive += org.life == OrgLife::kAlive;
  }
  return {established, alive};
}

TEST(GenerateNation, EveryEventIsAcceptedByTheLedgerRules) {
  for (const NationReplay* replay : {&SmallNation(), &ScaledNation()}) {
    EXPECT_GT(replay->events, 100'000U);
    EXPECT_EQ(replay->refused, 0U) << "first: " << replay->first_problem;
  }
}

TEST(GenerateNation, DatesNeverGoBackwardsAndSpanTwoDecades) {
  for (const NationReplay* replay : {&SmallNation(), &ScaledNation()}) {
    EXPECT_EQ(replay->first_disorder, "");
    EXPECT_EQ(replay->first_day.ToString(), "2005-01-01");
    EXPECT_LE(replay->last_day.ToString(), "2025-12-31");
    EXPECT_GE(replay->last_day.ToString(), "2025-12-01");
  }
}

TEST(GenerateNation, IntroducesEveryMemberAndOrgOnce) {
  for (const NationReplay* replay : {&SmallNation(), &ScaledNation()}) {
    EXPECT_EQ(replay->first_duplicate, "");
  }
}

TEST(GenerateNation, EndsNearTheMembersAskedFor) {
  const int64_t small = ActiveMembers(SmallNation().state);
  EXPECT_GE(small, 50'000 * 95 / 100);
  EXPECT_LE(small, 50'000 * 105 / 100);
  const int64_t scaled = ActiveMembers(ScaledNation().state);
  EXPECT_GE(scaled, 100'000 * 95 / 100);
  EXPECT_LE(scaled, 100'000 * 105 / 100);
}

TEST(GenerateNation, MergesTheProvincesInJuly2025) {
  EXPECT_EQ(Roots(ScaledNation().state), std::make_pair(63, 34));
  EXPECT_EQ(Roots(SmallNation().state), std::make_pair(3, 2));
  // Hà Giang (P02) went into Tuyên Quang (P05), with its members.
  const LedgerState& state = SmallNation().state;
  const OrgState& ha_giang = state.org(*state.FindOrg("P02"));
  EXPECT_EQ(ha_giang.life, OrgLife::kMerged);
  EXPECT_EQ(ha_giang.ended_on.value_or(Date()).ToString(), "2025-07-01");
  ASSERT_TRUE(ha_giang.merged_into.has_value());
  EXPECT_EQ(state.org(*ha_giang.merged_into).code, "P05");
  EXPECT_GT(state.SubtreeMembers(*state.FindOrg("P05")),
            state.SubtreeMembers(*state.FindOrg("P03")));
}

TEST(GenerateNation, AbolishesEveryProvincesDistricts) {
  const LedgerState& state = ScaledNation().state;
  int districts = 0;
  for (uint32_t idx = 0; idx < state.org_count(); ++idx) {
    const OrgState& org = state.org(static_cast<OrgId>(idx));
    if (org.kind != OrgKind::kUpperCommittee || org.sector != "huyen") continue;
    ++districts;
    EXPECT_EQ(org.life, OrgLife::kDissolved) << org.code;
  }
  EXPECT_GE(districts, 2 * 63);
}

TEST(GenerateNation, MovesMembersBetweenProvincesWithinTheLedger) {
  for (const NationReplay* replay : {&SmallNation(), &ScaledNation()}) {
    EXPECT_GT(replay->transfers_between_provinces, 100U);
    EXPECT_GT(replay->counts.at(EventType::kMemberTransferredOut), 10U);
    EXPECT_GT(replay->counts.at(EventType::kMemberTransferredIn), 10U);
  }
}

TEST(GenerateNation, SameSeedGivesTheSameLedger) {
  EXPECT_EQ(Replay(NationSize::kSmall, 0, 1).fingerprint, SmallNation().fingerprint);
  EXPECT_NE(Replay(NationSize::kSmall, 0, 2).fingerprint, SmallNation().fingerprint);
}

}  // namespace
}  // namespace tochuc::generate
