#include "domain/stock_checkpoints.h"

#include <algorithm>

#include "domain/headroom.h"

namespace tochuc {

void StockCheckpoints::Build(const FlowLog& flows, std::span<const uint32_t> rank_of) {
  rank_count_ = rank_of.size();
  days_.clear();
  rows_.clear();
  in_block_.clear();
  block_sums_.clear();
  if (flows.size() == 0) return;
  std::vector<int32_t> headcount(rank_count_);
  auto checkpoint = [&](Date day, uint32_t rows) {
    days_.push_back(day);
    rows_.push_back(rows);
    int32_t sum = 0, block_start_sum = 0;
    for (size_t rank = 0; rank <= rank_count_; ++rank) {
      if (rank % (size_t{1} << kBlockBits) == 0) {
        block_start_sum = sum;
        block_sums_.push_back(sum);
      }
      in_block_.push_back(sum - block_start_sum);
      if (rank < rank_count_) sum += headcount[rank];
    }
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

void StockCheckpoints::AddTo(size_t checkpoint, uint32_t rank, int32_t delta) {
  // Prefix(k) counts rank for every k > rank: the rest of its block, then
  // every later block.
  const size_t block = rank >> kBlockBits;
  const size_t block_end =
      std::min<size_t>((block + 1) << kBlockBits, static_cast<size_t>(rank_count_) + 1);
  int32_t* in_block = in_block_.data() + checkpoint * (rank_count_ + 1);
  for (size_t k = rank + size_t{1}; k < block_end; ++k) in_block[k] += delta;
  int32_t* block_sums = block_sums_.data() + checkpoint * BlockCount();
  for (size_t b = block + 1; b < BlockCount(); ++b) block_sums[b] += delta;
}

void StockCheckpoints::AddRow(const FlowLog& flows, uint32_t row, Date day,
                              std::span<const uint32_t> rank_of) {
  while (days_.empty() || days_.back() < day) {
    const Date year_end = days_.empty() ? Date::FromCivil(day.year(), 12, 31)
                                        : Date::FromCivil(days_.back().year() + 1, 12, 31);
    days_.push_back(year_end);
    rows_.push_back(row);  // the last checkpoint held every row before this one
    // A copy of the last checkpoint (zeros for the first).
    for (auto [column, width] : {std::pair{&in_block_, rank_count_ + 1},
                                 std::pair{&block_sums_, uint64_t{BlockCount()}}}) {
      const size_t previous = column->size();
      column->resize(previous + width);
      if (previous > 0) {
        std::copy_n(column->begin() + static_cast<std::ptrdiff_t>(previous - width), width,
                    column->begin() + static_cast<std::ptrdiff_t>(previous));
      }
    }
  }
  for (size_t checkpoint = days_.size(); checkpoint-- > 0 && days_[checkpoint] >= day;) {
    rows_[checkpoint] = row + 1;
    flows.ForEachHeadcountChange(
        row, [&](OrgId org, int32_t delta) { AddTo(checkpoint, rank_of[Index(org)], delta); });
  }
}

void StockCheckpoints::Reserve(size_t years) {
  ReserveMore(days_, years);
  ReserveMore(rows_, years);
  ReserveMore(in_block_, years * (rank_count_ + 1));
  ReserveMore(block_sums_, years * BlockCount());
}

bool StockCheckpoints::HasRoom(size_t years) const {
  return tochuc::HasRoom(days_, years) && tochuc::HasRoom(rows_, years) &&
         tochuc::HasRoom(in_block_, years * (rank_count_ + 1)) &&
         tochuc::HasRoom(block_sums_, years * BlockCount());
}

int StockCheckpoints::LatestOnOrBefore(Date day) const {
  auto after = std::upper_bound(days_.begin(), days_.end(), day);
  return static_cast<int>(after - days_.begin()) - 1;
}

}  // namespace tochuc
