#include "random_queries.h"

#include <algorithm>
#include <string>
#include <tuple>

namespace tochuc::reference {
namespace {

// A day near the ledger's events: often a day with events on it (where
// same-day order matters), sometimes the day before one, sometimes any day
// from a little before the first event to a little after the last.
Date RandomDay(SplitMix64& rng, const std::vector<Event>& events) {
  const Date first = events.front().date;
  const Date last = events.back().date;
  const uint64_t pick = rng.Below(10);
  if (pick < 5) {
    // Structure events are rarer; favour their days.
    std::vector<Date> org_days;
    for (const Event& e : events) {
      if (e.type == EventType::kOrgMoved || e.type == EventType::kOrgMerged ||
          e.type == EventType::kOrgDissolved) {
        org_days.push_back(e.date);
      }
    }
    if (!org_days.empty() && rng.Percent(60)) return org_days[rng.Below(org_days.size())];
    return events[rng.Below(events.size())].date;
  }
  if (pick < 6) return events[rng.Below(events.size())].date.AddDays(-1);
  return first.AddDays(rng.Between(-30, last.days() - first.days() + 30));
}

// A report period: a single day, a month, a quarter, a year, an arbitrary
// span, one that starts before the first event, one that ends after the last.
std::pair<Date, Date> RandomPeriod(SplitMix64& rng, const std::vector<Event>& events) {
  const Date first = events.front().date;
  const Date last = events.back().date;
  const Date day = RandomDay(rng, events);
  auto ordered = [](Date a, Date b) { return std::pair{std::min(a, b), std::max(a, b)}; };
  switch (rng.Below(8)) {
    case 0: return {day, day};
    case 1: return {day, day.AddMonths(1).AddDays(-1)};
    case 2: return {day, day.AddMonths(3).AddDays(-1)};
    case 3: return {day, day.AddYears(1).AddDays(-1)};
    case 4: return ordered(first.AddDays(-rng.Between(1, 400)), day);
    case 5: return ordered(day, last.AddDays(rng.Between(1, 400)));
    case 6: return {first.AddDays(-1), last.AddDays(1)};
    default: return ordered(day, RandomDay(rng, events));
  }
}

// An org to report on: the root, any org, or one that was merged away or
// dissolved.
std::string RandomOrg(SplitMix64& rng, const ReadModel& model) {
  std::vector<std::string> dead;
  for (const OrgInfo& info : model.orgs) {
    if (info.life != OrgLife::kAlive) dead.push_back(info.code);
  }
  const uint64_t pick = rng.Below(10);
  if (pick < 2) return model.orgs.front().code;  // the root is established first
  if (pick < 5 && !dead.empty()) return dead[rng.Below(dead.size())];
  return model.orgs[rng.Below(model.orgs.size())].code;
}

}  // namespace

// Small ledgers for a quarter of the seeds: their failures shrink fast and
// read easily; the rest use the full range.
RandomLedgerOptions OptionsFor(uint64_t seed, bool nested_merges) {
  RandomLedgerOptions options;
  options.nested_merges = nested_merges;
  switch (seed % 4) {
    case 0:
      options.max_members = 40;
      options.max_years = 2;
      break;
    case 1:
      options.max_members = 90;
      options.max_years = 3;
      options.org_event_percent = 20;  // a restless tree
      break;
    default: break;
  }
  return options;
}

std::vector<Query> RandomQueries(uint64_t seed, const std::vector<Event>& events,
                                 const ReadModel& model) {
  SplitMix64 rng(seed * 7919 + 17);
  std::vector<Query> queries;
  for (int query_idx = 0; query_idx < 12; ++query_idx) {
    Query q;
    q.kind = Query::Kind::kStockFlow;
    q.org = query_idx < 2 ? model.orgs.front().code : RandomOrg(rng, model);
    std::tie(q.from, q.to) = RandomPeriod(rng, events);
    q.structure = query_idx % 2 == 0 ? Structure::kPeriod : Structure::kToday;
    queries.push_back(q);
  }
  for (int query_idx = 0; query_idx < 4; ++query_idx) {
    Query composition{Query::Kind::kComposition, RandomOrg(rng, model), {}, RandomDay(rng, events)};
    Query orgs{Query::Kind::kOrgCounts, RandomOrg(rng, model), {}, RandomDay(rng, events)};
    Query admissions{Query::Kind::kAdmissions, RandomOrg(rng, model), {}, {}};
    std::tie(admissions.from, admissions.to) = RandomPeriod(rng, events);
    queries.insert(queries.end(), {composition, orgs, admissions});
  }
  return queries;
}

}  // namespace tochuc::reference
