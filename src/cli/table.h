// A plain text table for the terminal: columns sized to their widest cell
// (counting UTF-8 code points), numbers right-aligned.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "text/vietnamese_numbers.h"

namespace tochuc::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void AddRow(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void Print(std::ostream& out) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

using text::GroupThousands;

}  // namespace tochuc::cli
