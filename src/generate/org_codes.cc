#include "generate/org_codes.h"

#include <fmt/format.h>

namespace tochuc::generate {

std::string OrgCodes::Root(char letter) {
  std::string code = prefix_.empty() ? std::string(1, letter) : prefix_;
  used_.insert(code);
  return code;
}

std::string OrgCodes::Child(char letter, std::string_view parent_code) {
  // The parent's digits: its code without the prefix and the leading letter.
  std::string_view own = parent_code;
  if (own.starts_with(prefix_)) own.remove_prefix(prefix_.size());
  const std::string_view digits = own.substr(own.empty() ? 0 : 1);
  int& number = children_[std::string(parent_code)];
  for (;;) {
    std::string code = fmt::format("{}{}{}{:02}", prefix_, letter, digits, ++number);
    if (used_.insert(code).second) return code;
  }
}

}  // namespace tochuc::generate
