#include "cli/table.h"

#include <algorithm>

namespace tochuc::cli {
namespace {

size_t DisplayWidth(const std::string& text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool LooksNumeric(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == '-';
  });
}

}  // namespace

void Table::Print(std::ostream& out) const {
  std::vector<size_t> widths(header_.size());
  auto widen = [&](const std::vector<std::string>& row) {
    for (size_t col = 0; col < row.size() && col < widths.size(); ++col) {
      widths[col] = std::max(widths[col], DisplayWidth(row[col]));
    }
  };
  widen(header_);
  for (const auto& row : rows_) widen(row);
  auto print = [&](const std::vector<std::string>& row) {
    for (size_t col = 0; col < row.size() && col < widths.size(); ++col) {
      const std::string pad(widths[col] - DisplayWidth(row[col]), ' ');
      if (col) out << "  ";
      out << (LooksNumeric(row[col]) ? pad + row[col] : row[col] + pad);
    }
    out << '\n';
  };
  print(header_);
  size_t total_width = 0;
  for (size_t width : widths) total_width += width + 2;
  out << std::string(total_width > 2 ? total_width - 2 : 0, '-') << '\n';
  for (const auto& row : rows_) print(row);
}

}  // namespace tochuc::cli
