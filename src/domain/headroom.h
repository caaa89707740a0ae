// Headroom: spare capacity kept in a finished model's columns, so that an
// event recorded live appends without reallocating a column of millions of
// entries (a copy of hundreds of megabytes, at national scale, inside one
// event). ReadModel::ReserveForUpdates() makes room; a new layout is due
// before it runs out (ReadModelUpdater::NeedsLayout).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace tochuc {

// How much each live update may need before the next layout.
struct Headroom {
  size_t rows = 0;        // flow rows
  size_t members = 0;     // new members
  size_t spells = 0;      // spell cells (a member whose spells move copies them all)
  size_t text_bytes = 0;  // member ids and names
  size_t years = 0;       // year-end checkpoints
};

template <typename Column>
void ReserveMore(Column& column, size_t extra) {
  column.reserve(column.size() + extra);
}

template <typename Column>
bool HasRoom(const Column& column, size_t needed) {
  return column.capacity() - column.size() >= needed;
}

}  // namespace tochuc
