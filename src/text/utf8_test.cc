#include "text/utf8.h"

#include <gtest/gtest.h>

namespace tochuc::text {
namespace {

TEST(FirstInvalidUtf8, AcceptsValidVietnamese) {
  EXPECT_EQ(FirstInvalidUtf8("Nguyễn Văn Đức"), std::nullopt);
}

TEST(FirstInvalidUtf8, PointsAtTheBadByte) {
  EXPECT_EQ(FirstInvalidUtf8("ab\xff"), 2u);
  EXPECT_EQ(FirstInvalidUtf8("\xc3("), 0u);         // truncated sequence
  EXPECT_EQ(FirstInvalidUtf8("x\xc0\xaf"), 1u);     // overlong '/'
  EXPECT_EQ(FirstInvalidUtf8("\xed\xa0\x80"), 0u);  // surrogate
}

}  // namespace
}  // namespace tochuc::text
