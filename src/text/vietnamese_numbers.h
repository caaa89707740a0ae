// Numbers as Vietnamese readers write them: 74.127 and 36,8.
#pragma once

#include <cstdint>
#include <string>

namespace tochuc::text {

// 74127 -> "74.127".
std::string GroupThousands(int64_t value);
// A share in tenths: 368 -> "36,8"; 1000 -> "100,0".
std::string TenthsWithComma(int64_t tenths);

}  // namespace tochuc::text
