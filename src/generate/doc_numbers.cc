#include "generate/doc_numbers.h"

#include <fmt/format.h>

namespace tochuc::generate {

std::string DocNumbers::Next(std::string_view issuer_code, std::string_view suffix, Date day,
                             std::string_view kind) {
  Counter& counter = counters_[fmt::format("{}/{}", issuer_code, kind)];
  // Numbering starts again every year, as in the offices.
  if (counter.year != day.year()) counter = {day.year(), 0};
  return fmt::format("{}-{}/{}", ++counter.last, kind, suffix);
}

}  // namespace tochuc::generate
