#include "domain/largest_remainder.h"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

namespace tochuc {
namespace {

std::vector<int64_t> Shares(std::vector<int64_t> parts, int64_t scale = 1000) {
  return LargestRemainderShares(parts, scale);
}

TEST(LargestRemainderTest, ThirdsAddUpToTheWhole) {
  // 33,3 % three times would show 99,9 %; the first remainder tie gets the tenth.
  EXPECT_EQ(Shares({1, 1, 1}), (std::vector<int64_t>{334, 333, 333}));
}

TEST(LargestRemainderTest, TheLargestRemaindersGetTheMissingUnits) {
  // 301 and 516 of 817: 36,84… % and 63,15… %; plain rounding gives 36,8 + 63,2.
  EXPECT_EQ(Shares({301, 516}), (std::vector<int64_t>{368, 632}));
  // 2/7, 2/7, 3/7 = 28,57 %, 28,57 %, 42,86 %: remainders .71, .71, .43 (tenths).
  EXPECT_EQ(Shares({2, 2, 3}), (std::vector<int64_t>{286, 286, 428}));
  EXPECT_EQ(Shares({1, 2}, 100), (std::vector<int64_t>{33, 67}));
}

TEST(LargestRemainderTest, ExactSharesStayExact) {
  EXPECT_EQ(Shares({1, 3}), (std::vector<int64_t>{250, 750}));
  EXPECT_EQ(Shares({0, 5, 0}), (std::vector<int64_t>{0, 1000, 0}));
}

TEST(LargestRemainderTest, NothingToShareGivesZeros) {
  EXPECT_EQ(Shares({0, 0}), (std::vector<int64_t>{0, 0}));
  EXPECT_EQ(Shares({}), (std::vector<int64_t>{}));
}

TEST(LargestRemainderTest, RandomBreakdownsAlwaysAddUpAndStayWithinOneUnit) {
  std::mt19937_64 random(11);
  for (int round = 0; round < 2000; ++round) {
    std::vector<int64_t> parts(1 + random() % 12);
    for (int64_t& part : parts)
      part = random() % 3 == 0 ? 0 : static_cast<int64_t>(random() % 100'000);
    const int64_t whole = std::accumulate(parts.begin(), parts.end(), int64_t{0});
    const std::vector<int64_t> shares = Shares(parts);
    if (whole == 0) continue;
    EXPECT_EQ(std::accumulate(shares.begin(), shares.end(), int64_t{0}), 1000);
    for (size_t i = 0; i < parts.size(); ++i) {
      // Each share is its exact value rounded down or up, never further.
      const int64_t floor = parts[i] * 1000 / whole;
      EXPECT_TRUE(shares[i] == floor || shares[i] == floor + 1) << parts[i] << " of " << whole;
      if (parts[i] == 0) {
        EXPECT_EQ(shares[i], 0);
      }
    }
  }
}

}  // namespace
}  // namespace tochuc
