// StockCheckpoints: members placed directly in every org at the end of each
// calendar year, kept as prefix sums over today's order, so the stock of a
// today's subtree at a checkpoint is one subtraction. A stock at any other
// day is the checkpoint before it plus the rows in between.
//
// Each prefix sum is kept in two parts: the sum before its block of 1,024
// ranks, and the sum within the block. A live update then adds to the rest
// of one block and to the block sums after it (about 1,300 additions),
// not to every later rank (300,000 at national scale).
//
// The last checkpoint is the end of the latest row's year, so it holds every
// row.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "domain/date.h"
#include "domain/flow_log.h"

namespace tochuc {

class StockCheckpoints {
 public:
  // `rank_of`: each org's position in today's order (by org index).
  void Build(const FlowLog& flows, std::span<const uint32_t> rank_of);
  // Counts in the log's last row, appended after Build(): it changes the
  // checkpoints at or after its day, and opens the years up to it.
  // REQUIRES: rank_of as for Build(); `row` dated `day`, on or after every
  // other row.
  void AddRow(const FlowLog& flows, uint32_t row, Date day, std::span<const uint32_t> rank_of);

  // Room for `years` more year ends without reallocating.
  void Reserve(size_t years);
  bool HasRoom(size_t years) const;

  // The latest checkpoint at or before the end of `day`, or -1.
  int LatestOnOrBefore(Date day) const;
  // The rows a checkpoint includes (all rows dated on or before its day).
  uint32_t RowsAt(int checkpoint) const { return checkpoint < 0 ? 0 : rows_[checkpoint]; }
  // Members placed in ranks [first, last) at the checkpoint (0 for -1).
  int64_t StockIn(int checkpoint, uint32_t first, uint32_t last) const {
    if (checkpoint < 0) return 0;
    return Prefix(static_cast<size_t>(checkpoint), last) -
           Prefix(static_cast<size_t>(checkpoint), first);
  }

 private:
  static constexpr int kBlockBits = 10;
  size_t BlockCount() const { return (rank_count_ >> kBlockBits) + 1; }
  // Members in ranks [0, rank) at the checkpoint.
  int64_t Prefix(size_t checkpoint, uint32_t rank) const {
    return int64_t{block_sums_[checkpoint * BlockCount() + (rank >> kBlockBits)]} +
           in_block_[checkpoint * (rank_count_ + 1) + rank];
  }
  void AddTo(size_t checkpoint, uint32_t rank, int32_t delta);

  std::vector<Date> days_;
  std::vector<uint32_t> rows_;
  // Per checkpoint: for each rank r (and rank_count_), the members in the
  // ranks of r's block before r; and for each block, the members before it.
  std::vector<int32_t> in_block_;
  std::vector<int32_t> block_sums_;
  uint64_t rank_count_ = 0;

  template <typename Io, typename Model>
  friend void SnapshotColumns(Io& io, Model& model);
};

}  // namespace tochuc
