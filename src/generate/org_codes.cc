#include "generate/org_codes.h"

#include <fmt/format.h>

namespace tochuc::generate {

std::string OrgCodes::Root(char letter) {
  std::string code(1, letter);
  used_.insert(code);
  return code;
}

std::string OrgCodes::Child(char letter, std::string_view parent_code) {
  // The parent's digits: its code without the leading letter.
  const std::string_view digits = parent_code.substr(parent_code.empty() ? 0 : 1);
  int& number = children_[std::string(parent_code)];
  for (;;) {
    std::string code = fmt::format("{}{}{:02}", letter, digits, ++number);
    if (used_.insert(code).second) return code;
  }
}

}  // namespace tochuc::generate
