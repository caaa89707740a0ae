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

TEST(SearchKey, FoldsDecomposedTextAsComposed) {
  EXPECT_EQ(SearchKey("Nguye\xcc\x82\xcc\x83n Va\xcc\x86n"),
            "nguyen van");  // e + circumflex + tilde
  EXPECT_EQ(SearchKey("Nguye\xcc\x82\xcc\x83n"), SearchKey("Nguyễn"));
}

// SearchKey folds Vietnamese letters without the transliterator; every
// character of the Basic Multilingual Plane, alone and inside a word, as
// input arrives (NFC), must fold as the transliterator folds it.
TEST(SearchKey, FoldsEveryCharacterAsTheTransliteratorDoes) {
  std::vector<std::string> differing;
  for (char32_t c = 1; c <= 0xFFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates are not characters
    std::string one;
    if (c < 0x80) {
      one = static_cast<char>(c);
    } else if (c < 0x800) {
      one = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    } else {
      one = {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
             static_cast<char>(0x80 | (c & 0x3F))};
    }
    for (const std::string& text : {NormalizeNfc(one), NormalizeNfc("Ng" + one + "Ễn")}) {
      if (SearchKey(text) != SearchKeyTheLongWay(text) && differing.size() < 20)
        differing.push_back(text + " -> " + SearchKey(text) + " / " + SearchKeyTheLongWay(text));
    }
  }
  EXPECT_EQ(differing, std::vector<std::string>{});
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
