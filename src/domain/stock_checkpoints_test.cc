// StockCheckpoints against counting the rows, with enough orgs to span
// several blocks of ranks: built from a log, and then taking rows one by one
// as live updates do (opening new years on the way).
#include "domain/stock_checkpoints.h"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

namespace tochuc {
namespace {

constexpr uint32_t kOrgs = 3'500;  // four blocks of 1,024 ranks

struct Log {
  FlowLog flows;
  std::vector<Date> days;  // of each row
};

void AppendRandomRow(std::mt19937& rng, Date day, Log& log) {
  std::uniform_int_distribution<uint32_t> org(0, kOrgs - 1);
  switch (rng() % 3) {
    case 0: log.flows.AppendInflow(day, FlowKind::kAdmitted, MemberId{0}, OrgId{org(rng)}); break;
    case 1: log.flows.AppendOutflow(day, FlowKind::kDied, OrgId{org(rng)}, MemberId{0}); break;
    default: log.flows.AppendTransfer(day, OrgId{org(rng)}, OrgId{org(rng)}); break;
  }
  log.days.push_back(day);
}

// Members in ranks [first, last) at the end of `day`, row by row.
int64_t Counted(const Log& log, std::span<const uint32_t> rank_of, Date day, uint32_t first,
                uint32_t last) {
  int64_t members = 0;
  for (uint32_t row = 0; row < log.flows.size() && log.days[row] <= day; ++row) {
    log.flows.ForEachHeadcountChange(row, [&](OrgId org, int32_t delta) {
      const uint32_t rank = rank_of[Index(org)];
      if (rank >= first && rank < last) members += delta;
    });
  }
  return members;
}

// What the checkpoints give: the latest one plus the rows since.
int64_t FromCheckpoints(const StockCheckpoints& checkpoints, const Log& log,
                        std::span<const uint32_t> rank_of, Date day, uint32_t first,
                        uint32_t last) {
  const int checkpoint = checkpoints.LatestOnOrBefore(day);
  int64_t members = checkpoints.StockIn(checkpoint, first, last);
  for (uint32_t row = checkpoints.RowsAt(checkpoint);
       row < log.flows.size() && log.days[row] <= day; ++row) {
    log.flows.ForEachHeadcountChange(row, [&](OrgId org, int32_t delta) {
      const uint32_t rank = rank_of[Index(org)];
      if (rank >= first && rank < last) members += delta;
    });
  }
  return members;
}

TEST(StockCheckpoints, BuiltAndUpdatedEqualCountingTheRows) {
  std::mt19937 rng(7);
  std::vector<uint32_t> rank_of(kOrgs);
  std::iota(rank_of.begin(), rank_of.end(), 0u);
  std::shuffle(rank_of.begin(), rank_of.end(), rng);
  Log log;
  Date day = Date::FromCivil(2020, 11, 1);
  for (int row = 0; row < 4'000; ++row) {
    if (rng() % 8 == 0) day = day.AddDays(1);
    AppendRandomRow(rng, day, log);
  }
  StockCheckpoints checkpoints;
  checkpoints.Build(log.flows, rank_of);
  // Rows recorded live, across two new year ends.
  for (int row = 0; row < 3'000; ++row) {
    if (rng() % 4 == 0) day = day.AddDays(1);
    AppendRandomRow(rng, day, log);
    checkpoints.AddRow(log.flows, log.flows.size() - 1, day, rank_of);
  }
  ASSERT_GT(day, Date::FromCivil(2022, 1, 1));
  std::uniform_int_distribution<uint32_t> rank(0, kOrgs);
  for (int query = 0; query < 400; ++query) {
    uint32_t first = rank(rng), last = rank(rng);
    if (first > last) std::swap(first, last);
    const Date on = Date::FromCivil(2020, 12, 31).AddDays(static_cast<int32_t>(rng() % 500));
    ASSERT_EQ(FromCheckpoints(checkpoints, log, rank_of, on, first, last),
              Counted(log, rank_of, on, first, last))
        << "ranks [" << first << ", " << last << ") on " << on.ToString();
  }
  // Every year end is a checkpoint, and the last holds every row.
  const Date last_year_end = Date::FromCivil(day.year(), 12, 31);
  EXPECT_EQ(checkpoints.RowsAt(checkpoints.LatestOnOrBefore(last_year_end)), log.flows.size());
  EXPECT_EQ(checkpoints.StockIn(checkpoints.LatestOnOrBefore(last_year_end), 0, kOrgs),
            Counted(log, rank_of, last_year_end, 0, kOrgs));
}

}  // namespace
}  // namespace tochuc
