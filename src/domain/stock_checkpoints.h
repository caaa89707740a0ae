// StockCheckpoints: members placed directly in every org at the end of each
// calendar year, kept as prefix sums over today's order, so the stock of a
// today's subtree at a checkpoint is one subtraction. A stock at any other
// day is the checkpoint before it plus the rows in between.
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
    const size_t base = static_cast<size_t>(checkpoint) * (rank_count_ + 1);
    return int64_t{prefix_[base + last]} - prefix_[base + first];
  }

 private:
  std::vector<Date> days_;
  std::vector<uint32_t> rows_;
  std::vector<int32_t> prefix_;  // per checkpoint: rank_count_ + 1 sums
  uint64_t rank_count_ = 0;

  template <typename Io, typename Model>
  friend void SnapshotColumns(Io& io, Model& model);
};

}  // namespace tochuc
