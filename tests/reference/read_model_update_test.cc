// Live updates of the read model against the reference: a random ledger is
// cut at a random point, the model built from the first part, and the rest
// applied one event at a time through ReadModelUpdater (in place for member
// events, a new layout for tree events, on a copy for half the ledgers; with
// small limits for half, so that upkeep layouts and directory sorts come often). Along the way and
// at the end every report must equal the reference's for the events applied so far, and headcounts
// and member lookups must agree with the model's own plain answers.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "domain/read_model_builder.h"
#include "domain/read_model_updater.h"
#include "random_ledger.h"
#include "random_queries.h"
#include "report_comparison.h"

namespace tochuc::reference {
namespace {

// Ledgers in shards, so that ctest runs them in parallel.
constexpr uint64_t kLedgers = 64;
constexpr int kShards = 4;

struct Coverage {
  int64_t in_place = 0, laid_out = 0, compared = 0, new_members = 0, upkeep = 0,
          directory_sorts = 0;
};

// Every org's headcount from the checkpoints, one by one and all at once,
// against counting the members' spells.
std::string CheckHeadcounts(const ReadModel& model, Date day) {
  std::vector<int32_t> expected(model.orgs.size());
  for (uint32_t idx = 0; idx < model.members.size(); ++idx) {
    const std::optional<Spell> spell = model.members.SpellAt(static_cast<MemberId>(idx), day);
    if (spell && spell->active) ++expected[Index(spell->org)];
  }
  if (model.HeadcountsAt(day) != expected) return "HeadcountsAt differs on " + day.ToString();
  for (uint32_t org_idx = 0; org_idx < model.orgs.size(); ++org_idx) {
    if (model.Headcount(static_cast<OrgId>(org_idx), day) != expected[org_idx]) {
      return fmt::format("Headcount of {} differs on {}", model.orgs[org_idx].code, day.ToString());
    }
  }
  return "";
}

std::string CheckDirectory(const ReadModel& model, const LedgerState& state) {
  if (model.members.size() != state.member_count()) return "member count differs";
  for (uint32_t idx = 0; idx < state.member_count(); ++idx) {
    const MemberState& m = state.member(static_cast<MemberId>(idx));
    if (model.FindMember(m.id) != static_cast<MemberId>(idx)) return "cannot find " + m.id;
    if (model.directory.name(static_cast<MemberId>(idx)) != m.person.name) {
      return "stale name of " + m.id;
    }
  }
  return "";
}

// Everything the reports and lookups answer, for the events applied so far.
std::string CompareAll(uint64_t seed, const std::vector<Event>& applied, const ReadModel& model,
                       const LedgerState& state, Coverage& coverage) {
  for (const Query& query : RandomQueries(seed * 1000 + applied.size(), applied, model)) {
    ++coverage.compared;
    const std::string diff = CompareWithReference(applied, model, query);
    if (!diff.empty()) return query.Describe() + "\n" + diff;
  }
  for (const Date day : {applied.front().date, applied.back().date.AddDays(-1), applied.back().date,
                         applied.back().date.AddDays(400)}) {
    if (std::string diff = CheckHeadcounts(model, day); !diff.empty()) return diff;
  }
  return CheckDirectory(model, state);
}

class ReadModelUpdate : public ::testing::TestWithParam<int> {};

TEST_P(ReadModelUpdate, EventByEventEqualsTheReference) {
  Coverage coverage;
  for (uint64_t seed = 1 + static_cast<uint64_t>(GetParam()); seed <= kLedgers; seed += kShards) {
    const std::vector<Event> events = RandomLedger(seed, OptionsFor(seed));
    SplitMix64 rng(seed * 7 + 3);
    // Some cuts right after the first event: a model with no flow rows yet.
    const size_t cut = seed % 10 == 0 ? 1 : 1 + rng.Below(events.size() - 1);
    ReadModelBuilder builder;
    for (size_t idx = 0; idx < cut; ++idx) ASSERT_TRUE(builder.Add(events[idx]).empty());
    ReadModel model = std::move(builder).Finish();
    // Half the seeds of each shard: limits so small that upkeep layouts and directory sorts
    // come often; tree events there go through a copy, as LiveReadModel
    // applies them.
    const bool small_limits = (seed / kShards) % 2 == 0;
    ReadModelUpdater updater(
        std::move(builder).TakeState(),
        small_limits ? UpdateLimits{.rows = 40, .abandoned_spells = 30, .unsorted_members = 10}
                     : UpdateLimits{});

    const size_t step = std::max<size_t>(1, (events.size() - cut) / 3);
    std::vector<Event> applied(events.begin(), events.begin() + static_cast<ptrdiff_t>(cut));
    for (size_t idx = cut; idx < events.size(); ++idx) {
      const bool tree = ReadModelUpdater::ChangesTree(events[idx]);
      const size_t members_before = model.members.size();
      Problems problems;
      if (tree && small_limits) {
        ReadModel copy = updater.CopyForLayout(model);
        problems = updater.Apply(events[idx], copy);
        copy.directory = std::move(model.directory);
        model = std::move(copy);
      } else {
        problems = updater.Apply(events[idx], model);
      }
      ASSERT_TRUE(problems.empty())
          << "seed " << seed << " event " << idx << ": " << problems.front().message;
      if (updater.NeedsUpkeep(model)) {
        updater.LayOut(model);
        ++coverage.upkeep;
      }
      if (updater.DirectoryNeedsSort(model)) {
        updater.SortDirectory(model);
        ++coverage.directory_sorts;
      }
      ++(tree ? coverage.laid_out : coverage.in_place);
      coverage.new_members += model.members.size() > members_before;
      applied.push_back(events[idx]);
      if ((idx - cut) % step == 0 || idx + 1 == events.size()) {
        const std::string diff = CompareAll(seed, applied, model, updater.state(), coverage);
        ASSERT_EQ(diff, "") << "seed " << seed << ", cut after " << cut << " of " << events.size()
                            << ", " << applied.size() << " applied";
      }
    }
  }
  std::cout << fmt::format(
      "{} events in place, {} laid out, {} upkeep layouts, {} directory sorts, {} new members, "
      "{} queries\n",
      coverage.in_place, coverage.laid_out, coverage.upkeep, coverage.directory_sorts,
      coverage.new_members, coverage.compared);
  EXPECT_GT(coverage.in_place, 1'000);
  EXPECT_GT(coverage.laid_out, 20);
  EXPECT_GT(coverage.new_members, 100);
  EXPECT_GT(coverage.upkeep, 10);
  EXPECT_GT(coverage.directory_sorts, 2);
}

INSTANTIATE_TEST_SUITE_P(Shards, ReadModelUpdate, ::testing::Range(0, kShards));

TEST(ReadModelUpdater, RefusesAnEventDatedBeforeTheLastAndChangesNothing) {
  const std::vector<Event> events = RandomLedger(5);
  ReadModelBuilder builder;
  for (const Event& event : events) ASSERT_TRUE(builder.Add(event).empty());
  ReadModel model = std::move(builder).Finish();
  ReadModelUpdater updater(std::move(builder).TakeState());
  Event late = events.back();
  late.date = events.back().date.AddDays(-1);
  late.seq = events.back().seq + 1;
  const uint32_t rows = model.flows.size();
  const Problems problems = updater.Apply(late, model);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems.front().field, "date");
  EXPECT_NE(problems.front().message.find("before the latest recorded event"), std::string::npos);
  EXPECT_EQ(model.flows.size(), rows);
  EXPECT_EQ(model.last_event_date, events.back().date);
}

}  // namespace
}  // namespace tochuc::reference
