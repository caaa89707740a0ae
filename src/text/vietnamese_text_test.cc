#include "text/vietnamese_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace tochuc::text {
namespace {

TEST(SearchKey, FoldsCaseDiacriticsAndDStroke) {
  EXPECT_EQ(SearchKey("Nguyễn Văn Đức"), "nguyen van duc");
  EXPECT_EQ(SearchKey("ĐẶNG THỊ YẾN"), "dang thi yen");
  EXPECT_EQ(SearchKey("H'Mông"), "h'mong");
}

TEST(NormalizeNfc, ComposesDecomposedVietnamese) {
  const std::string decomposed = "Nguye\xcc\x82\xcc\x83n";  // e + circumflex + tilde
  EXPECT_EQ(NormalizeNfc(decomposed), "Nguyễn");
  EXPECT_EQ(NormalizeNfc("Đức"), "Đức");
}

TEST(CollationKey, SortsInVietnameseOrder) {
  // Vietnamese order: a < ă < â < b < ... d < đ < e < ê.
  std::vector<std::string> names = {"Đức", "Ân", "Dũng", "Ăn", "An", "Bình", "Ê", "E"};
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return CollationKey(a) < CollationKey(b);
  });
  EXPECT_EQ(names, (std::vector<std::string>{"An", "Ăn", "Ân", "Bình", "Dũng", "Đức", "E", "Ê"}));
}

}  // namespace
}  // namespace tochuc::text
