// The provinces of a national ledger: Vietnam's 63 provinces and centrally
// run cities as they were until 2025, with member counts of the right
// order (a few of 200-400 thousand, most of 40-120 thousand, 5.5 million
// in all) and the 2025 merger that left 34 (Nghị quyết 202/2025/QH15).
//
// The names and the merger are real; the members, trees and events of the
// generated ledger are not. Plain constant data; safe to share.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace tochuc::generate {

struct ProvinceProfile {
  int number = 0;                // 1..63 in the official order: the code prefix "P07"
  std::string_view name;         // "Nghệ An"
  uint32_t thousands = 0;        // members at the end, in thousands, before scaling
  bool city = false;             // a centrally-run city
  bool southern = false;         // hamlets are "ấp" rather than "thôn"
  std::string_view merged_into;  // the province it merged into in 2025; empty if it stayed
};

// All 63, in the official order.
std::span<const ProvinceProfile> VietnamProvinces();

// Three northern provinces, two of which merge in 2025 (Hà Giang into
// Tuyên Quang; Cao Bằng stays): a small national ledger for tests and CI.
std::span<const ProvinceProfile> SmallNationProvinces();

}  // namespace tochuc::generate
