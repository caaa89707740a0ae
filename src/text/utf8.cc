#include "text/utf8.h"

#include <unicode/utf8.h>

namespace tochuc::text {

std::optional<size_t> FirstInvalidUtf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t offset = 0;
  while (offset < length) {
    const int32_t start = offset;
    UChar32 code_point = 0;
    U8_NEXT(data, offset, length, code_point);
    if (code_point < 0) return static_cast<size_t>(start);
  }
  return std::nullopt;
}

}  // namespace tochuc::text
