// Shares that add up to the whole as displayed: each part's share of the
// total rounded to a fixed number of decimals by the largest-remainder
// (Hamilton) method, so the shown percentages of a breakdown sum to exactly
// 100 % (the statistical forms are checked by adding them up).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace tochuc {

// Each part's share of `scale` units, whole numbers summing to exactly
// `scale` when the parts sum to more than zero (all zeros otherwise).
// Percentages with one decimal: scale 1000, read as tenths of a percent.
// Parts are counts (never negative). Ties in the remainder go to the earlier
// part, so the result depends on the order given and nothing else.
std::vector<int64_t> LargestRemainderShares(std::span<const int64_t> parts, int64_t scale);

}  // namespace tochuc
