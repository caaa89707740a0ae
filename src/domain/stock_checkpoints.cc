#include "domain/stock_checkpoints.h"

#include <algorithm>

#include "domain/headroom.h"

namespace tochuc {

void StockCheckpoints::Build(const FlowLog& flows, std::span<const uint32_t> rank_of) {
  rank_count_ = rank_of.size();
  days_.clear();
  rows_.clear();
  prefix_.clear();
  if (flows.size() == 0) return;
  std::vector<int32_t> headcount(rank_count_);
  auto checkpoint = [&](Date day, uint32_t rows) {
    days_.push_back(day);
    rows_.push_back(rows);
    int32_t sum = 0;
    prefix_.push_back(sum);
    for (int32_t members : headcount) prefix_.push_back(sum += members);
  };
  std::optional<Date> year_end;
  flows.ForEachDay({0, flows.size()}, [&](Date day, RowRange rows) {
    // Close every year that ended before this day.
    while (year_end && *year_end < day) {
      checkpoint(*year_end, rows.begin);
      year_end = Date::FromCivil(year_end->year() + 1, 12, 31);
    }
    if (!year_end) year_end = Date::FromCivil(day.year(), 12, 31);
    for (uint32_t row = rows.begin; row < rows.end; ++row) {
      flows.ForEachHeadcountChange(
          row, [&](OrgId org, int32_t delta) { headcount[rank_of[Index(org)]] += delta; });
    }
  });
  // The last year is closed too: a report on it starts from there.
  checkpoint(*year_end, flows.size());
}

void StockCheckpoints::AddRow(const FlowLog& flows, uint32_t row, Date day,
                              std::span<const uint32_t> rank_of) {
  const size_t block = rank_count_ + 1;
  while (days_.empty() || days_.back() < day) {
    const Date year_end = days_.empty() ? Date::FromCivil(day.year(), 12, 31)
                                        : Date::FromCivil(days_.back().year() + 1, 12, 31);
    days_.push_back(year_end);
    rows_.push_back(row);  // the last checkpoint held every row before this one
    const size_t previous = prefix_.size();
    prefix_.resize(previous + block);  // zeros for the first checkpoint
    if (previous > 0) {
      std::copy_n(prefix_.begin() + static_cast<std::ptrdiff_t>(previous - block), block,
                  prefix_.begin() + static_cast<std::ptrdiff_t>(previous));
    }
  }
  for (size_t checkpoint = days_.size(); checkpoint-- > 0 && days_[checkpoint] >= day;) {
    rows_[checkpoint] = row + 1;
    int32_t* sums = prefix_.data() + checkpoint * block;
    flows.ForEachHeadcountChange(row, [&](OrgId org, int32_t delta) {
      for (size_t rank = rank_of[Index(org)] + 1; rank < block; ++rank) sums[rank] += delta;
    });
  }
}

void StockCheckpoints::Reserve(size_t years) {
  ReserveMore(days_, years);
  ReserveMore(rows_, years);
  ReserveMore(prefix_, years * (rank_count_ + 1));
}

bool StockCheckpoints::HasRoom(size_t years) const {
  return tochuc::HasRoom(days_, years) && tochuc::HasRoom(rows_, years) &&
         tochuc::HasRoom(prefix_, years * (rank_count_ + 1));
}

int StockCheckpoints::LatestOnOrBefore(Date day) const {
  auto after = std::upper_bound(days_.begin(), days_.end(), day);
  return static_cast<int>(after - days_.begin()) - 1;
}

}  // namespace tochuc
