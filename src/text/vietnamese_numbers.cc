#include "text/vietnamese_numbers.h"

namespace tochuc::text {

std::string GroupThousands(int64_t value) {
  const std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out = value < 0 ? "-" : "";
  for (size_t idx = 0; idx < digits.size(); ++idx) {
    if (idx > 0 && (digits.size() - idx) % 3 == 0) out += '.';
    out += digits[idx];
  }
  return out;
}

std::string TenthsWithComma(int64_t tenths) {
  const int64_t whole = (tenths < 0 ? -tenths : tenths) / 10;
  const int64_t tenth = (tenths < 0 ? -tenths : tenths) % 10;
  return (tenths < 0 ? "-" : "") + GroupThousands(whole) + "," + std::to_string(tenth);
}

}  // namespace tochuc::text
