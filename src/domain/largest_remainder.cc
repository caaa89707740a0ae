#include "domain/largest_remainder.h"

#include <algorithm>
#include <numeric>

namespace tochuc {

std::vector<int64_t> LargestRemainderShares(std::span<const int64_t> parts, int64_t scale) {
  std::vector<int64_t> shares(parts.size(), 0);
  const int64_t whole = std::accumulate(parts.begin(), parts.end(), int64_t{0});
  if (whole <= 0) return shares;
  // Exact integer arithmetic: part * scale / whole as a quotient and a
  // remainder (counts up to 10^12 and scales up to 10^6 stay within 2^63).
  std::vector<int64_t> remainders(parts.size());
  int64_t given = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    shares[i] = parts[i] * scale / whole;
    remainders[i] = parts[i] * scale % whole;
    given += shares[i];
  }
  std::vector<size_t> order(parts.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return remainders[a] > remainders[b]; });
  for (size_t k = 0; given < scale; ++k, ++given) ++shares[order[k]];
  return shares;
}

}  // namespace tochuc
