#include "text/vietnamese_numbers.h"

#include <gtest/gtest.h>

namespace tochuc::text {
namespace {

TEST(VietnameseNumbersTest, ThousandsAreGroupedWithDots) {
  EXPECT_EQ(GroupThousands(74127), "74.127");
  EXPECT_EQ(GroupThousands(5500000), "5.500.000");
  EXPECT_EQ(GroupThousands(817), "817");
  EXPECT_EQ(GroupThousands(0), "0");
  EXPECT_EQ(GroupThousands(-1513), "-1.513");
}

TEST(VietnameseNumbersTest, TenthsTakeADecimalComma) {
  EXPECT_EQ(TenthsWithComma(368), "36,8");
  EXPECT_EQ(TenthsWithComma(1000), "100,0");
  EXPECT_EQ(TenthsWithComma(5), "0,5");
  EXPECT_EQ(TenthsWithComma(-12), "-1,2");
}

}  // namespace
}  // namespace tochuc::text
