// Vietnamese text helpers on ICU 72: NFC normalization of input, sort keys
// with the Vietnamese collation, and search keys that fold case and
// diacritics ("Nguyễn Văn Đức" -> "nguyen van duc").
//
// Each function is thread-safe; the ICU objects behind them are created once
// per thread.
#pragma once

#include <string>
#include <string_view>

namespace tochuc::text {

// NFC form of valid UTF-8 text.
std::string NormalizeNfc(std::string_view utf8);
// Lower-case ASCII with diacritics removed and Đ/đ folded to d.
std::string SearchKey(std::string_view utf8);
// The same by ICU's transliterator alone, which SearchKey takes only for
// text beyond Vietnamese letters (tests compare the two).
std::string SearchKeyTheLongWay(std::string_view utf8);
// A byte string whose order (memcmp) is the Vietnamese collation order.
std::string CollationKey(std::string_view utf8);

}  // namespace tochuc::text
