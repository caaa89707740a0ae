// DocNumbers: the numbers of the decision documents events cite, as
// "125-QĐ/HU": a running number per issuing committee and year, the kind of
// document, and the issuer's suffix (HU = huyện ủy, ĐUK = đảng ủy khối,
// TU = tỉnh ủy, ĐU = đảng ủy cơ sở, ...). Not thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "domain/date.h"

namespace tochuc::generate {

class DocNumbers {
 public:
  // The next number of `issuer_code`'s documents in the year of `day`.
  // `kind` is "QĐ" (quyết định) or "GGT" (giấy giới thiệu, for transfers).
  std::string Next(std::string_view issuer_code, std::string_view suffix, Date day,
                   std::string_view kind = "QĐ");

 private:
  struct Counter {
    int year = 0;
    int last = 0;
  };
  std::unordered_map<std::string, Counter> counters_;  // by issuer code and kind
};

}  // namespace tochuc::generate
