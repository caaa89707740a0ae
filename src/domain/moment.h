// Moment: a point in the order events apply, as one comparable integer.
//
// Flow rows are numbered in apply order. A moment is a day and the number of
// rows recorded before it, so "just before row i (of day d)" and "the end of
// day d" are both moments, and an org change made between two rows of a day
// sorts between them.
#pragma once

#include <cstdint>

#include "domain/date.h"

namespace tochuc {

using Moment = uint64_t;

constexpr Moment MomentAt(Date day, uint32_t rows_before) {
  // Flipping the sign bit maps int32 order onto uint32 order.
  const uint32_t biased_day = static_cast<uint32_t>(day.days()) ^ 0x80000000u;
  return (static_cast<uint64_t>(biased_day) << 32) | rows_before;
}
constexpr Moment EndOfDay(Date day) { return MomentAt(day, UINT32_MAX); }
constexpr Moment kNever = UINT64_MAX;

}  // namespace tochuc
