// The read model's shortcuts against its own plain answers, on random
// ledgers: headcounts from year-end checkpoints against counting the
// members' spells one by one, and several units' stock and flow in one pass
// against one report per unit.
#include <gtest/gtest.h>

#include <map>

#include "domain/read_model_builder.h"
#include "domain/stock_flow_report.h"
#include "random_ledger.h"

namespace tochuc {
namespace {

constexpr int kLedgers = 60;

// Every day from a little before the first event to a little after the
// last, in steps that land on year ends, event days and days between.
std::vector<Date> DaysAcross(const std::vector<Event>& events) {
  std::vector<Date> days;
  for (Date day = events.front().date.AddDays(-2); day <= events.back().date.AddDays(400);
       day = day.AddDays(17)) {
    days.push_back(day);
    days.push_back(Date::FromCivil(day.year(), 12, 31));
  }
  for (size_t idx = 0; idx < events.size(); idx += 7) days.push_back(events[idx].date);
  return days;
}

TEST(ReadModelConsistency, HeadcountsFromCheckpointsCountEveryActiveSpell) {
  int64_t nonzero = 0;
  for (uint64_t seed = 1; seed <= kLedgers; ++seed) {
    const std::vector<Event> events = reference::RandomLedger(seed);
    const ReadModel model = BuildReadModel(events);
    for (const Date day : DaysAcross(events)) {
      std::vector<int32_t> expected(model.orgs.size());
      for (uint32_t idx = 0; idx < model.members.size(); ++idx) {
        const std::optional<Spell> spell = model.members.SpellAt(static_cast<MemberId>(idx), day);
        if (spell && spell->active) ++expected[Index(spell->org)];
      }
      const std::vector<int32_t> all = model.HeadcountsAt(day);
      ASSERT_EQ(all, expected) << "seed " << seed << " day " << day.ToString();
      for (uint32_t org_idx = 0; org_idx < model.orgs.size(); ++org_idx) {
        ASSERT_EQ(model.Headcount(static_cast<OrgId>(org_idx), day), expected[org_idx])
            << "seed " << seed << " org " << model.orgs[org_idx].code << " day " << day.ToString();
        nonzero += expected[org_idx] != 0;
      }
    }
  }
  EXPECT_GT(nonzero, 10'000);  // the ledgers were not empty
}

TEST(ReadModelConsistency, SeveralUnitsInOnePassEqualOneReportEach) {
  for (uint64_t seed = 1; seed <= kLedgers; ++seed) {
    const std::vector<Event> events = reference::RandomLedger(seed);
    const ReadModel model = BuildReadModel(events);
    // Today's roots, and the children of the first root: two sets of units
    // whose subtrees do not overlap.
    std::vector<bool> is_child(model.orgs.size());
    for (uint32_t org_idx = 0; org_idx < model.orgs.size(); ++org_idx) {
      for (OrgId child : model.today.Children(static_cast<OrgId>(org_idx))) {
        is_child[Index(child)] = true;
      }
    }
    std::vector<OrgId> roots;
    for (uint32_t org_idx = 0; org_idx < model.orgs.size(); ++org_idx) {
      const auto org = static_cast<OrgId>(org_idx);
      if (model.today.IsNode(org) && !is_child[org_idx]) roots.push_back(org);
    }
    ASSERT_FALSE(roots.empty());
    const std::vector<OrgId> children = model.today.Children(roots.front());
    const Date first = events.front().date, last = events.back().date;
    for (const auto& units : {roots, children}) {
      for (const auto& [from, to] : {std::pair{first, last}, std::pair{first.AddDays(40), last},
                                     std::pair{last.AddYears(-1), last.AddDays(-3)}}) {
        const std::vector<StockFlowReport> together =
            ComputeStockFlows(model, units, from, to, Structure::kToday);
        ASSERT_EQ(together.size(), units.size());
        for (size_t k = 0; k < units.size(); ++k) {
          const StockFlowReport alone =
              ComputeStockFlow(model, units[k], from, to, Structure::kToday);
          ASSERT_EQ(together[k].total.counts, alone.total.counts) << "seed " << seed;
          ASSERT_EQ(together[k].rows.size(), alone.rows.size());
          for (size_t row = 0; row < alone.rows.size(); ++row) {
            ASSERT_EQ(together[k].rows[row].org, alone.rows[row].org);
            ASSERT_EQ(together[k].rows[row].counts, alone.rows[row].counts) << "seed " << seed;
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace tochuc
