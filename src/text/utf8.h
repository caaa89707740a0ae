// UTF-8 validity, checked before any parsing so that a bad byte is reported
// at its exact offset rather than as a vague JSON error.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace tochuc::text {

// The offset of the first byte that is not part of a valid UTF-8 sequence
// (overlongs, surrogates and code points past U+10FFFF are invalid), or
// nullopt when the whole text is valid.
std::optional<size_t> FirstInvalidUtf8(std::string_view bytes);

}  // namespace tochuc::text
