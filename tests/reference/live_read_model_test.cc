// LiveReadModel with readers on other threads: while the writer records the
// second half of a random ledger (in place, and laid out again for tree
// events), readers keep asking; every answer they get is whole (headcounts
// from the flow rows agree with the members' spells), and at the end every
// report equals the reference's.
#include "app/live_read_model.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "domain/read_model_builder.h"
#include "random_ledger.h"
#include "random_queries.h"
#include "report_comparison.h"

namespace tochuc::reference {
namespace {

// Members active at the end of the last event's day, counted two ways.
bool HeadcountsAgreeWithSpells(const ReadModel& model) {
  if (!model.last_event_date) return true;
  const Date day = *model.last_event_date;
  int64_t from_rows = 0, from_spells = 0;
  for (int32_t members : model.HeadcountsAt(day)) from_rows += members;
  for (uint32_t idx = 0; idx < model.members.size(); ++idx) {
    const std::optional<Spell> spell = model.members.SpellAt(static_cast<MemberId>(idx), day);
    from_spells += spell && spell->active;
  }
  return from_rows == from_spells;
}

TEST(LiveReadModel, ReadersGetWholeAnswersWhileTheWriterRecords) {
  int64_t reads = 0, layouts = 0;
  for (uint64_t seed = 1; seed <= 16; ++seed) {
    const std::vector<Event> events = RandomLedger(seed, OptionsFor(seed));
    const size_t cut = events.size() / 2;
    ReadModelBuilder builder;
    for (size_t idx = 0; idx < cut; ++idx) ASSERT_TRUE(builder.Add(events[idx]).empty());
    ReadModel model = std::move(builder).Finish();
    app::LiveReadModel live(std::move(builder).TakeState(), std::move(model));

    std::atomic<bool> writing{true};
    std::atomic<int64_t> torn{0}, seed_reads{0};
    std::thread reader([&] {
      while (writing.load()) {
        if (!live.Read(HeadcountsAgreeWithSpells)) ++torn;
        ++seed_reads;
      }
    });
    for (size_t idx = cut; idx < events.size(); ++idx) {
      const Problems problems = live.Record(events[idx]);
      ASSERT_TRUE(problems.empty()) << "seed " << seed << ": " << problems.front().message;
      layouts += live.last_timing().laid_out;
    }
    writing = false;
    reader.join();
    EXPECT_EQ(torn.load(), 0) << "seed " << seed;
    reads += seed_reads.load();

    live.Read([&](const ReadModel& current) {
      for (const Query& query : RandomQueries(seed, events, current)) {
        EXPECT_EQ(CompareWithReference(events, current, query), "")
            << "seed " << seed << ": " << query.Describe();
      }
    });
  }
  EXPECT_GT(reads, 16);
  EXPECT_GT(layouts, 16);
}

TEST(LiveReadModel, ARefusedEventChangesNothingReadersSee) {
  const std::vector<Event> events = RandomLedger(3);
  ReadModelBuilder builder;
  for (const Event& event : events) ASSERT_TRUE(builder.Add(event).empty());
  ReadModel model = std::move(builder).Finish();
  app::LiveReadModel live(std::move(builder).TakeState(), std::move(model));
  const uint32_t rows = live.Read([](const ReadModel& m) { return m.flows.size(); });
  Event unknown = events.back();
  unknown.type = EventType::kMemberDied;
  unknown.member = "no-such-member";
  unknown.seq += 1;
  EXPECT_FALSE(live.Record(unknown).empty());
  Event merge_unknown = events.back();
  merge_unknown.type = EventType::kOrgMerged;  // a tree event: refused before any layout
  merge_unknown.orgs = {"NO-SUCH-ORG"};
  merge_unknown.into = events.front().org;
  merge_unknown.seq += 2;
  EXPECT_FALSE(live.Record(merge_unknown).empty());
  EXPECT_EQ(live.Read([](const ReadModel& m) { return m.flows.size(); }), rows);
}

}  // namespace
}  // namespace tochuc::reference
