// OrgCodes: short, unique organization codes that show where an org was
// established: a letter for its kind and its parent's digits followed by
// its own number among the parent's children ("T", "H01", "X0101",
// "C010101", "G01010101").
//
// Codes never change when an org moves or merges; uniqueness is kept by
// remembering every code handed out. Not thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace tochuc::generate {

class OrgCodes {
 public:
  // The code of the root: `letter` alone.
  std::string Root(char letter);
  // A new code for a child of the org coded `parent_code`.
  std::string Child(char letter, std::string_view parent_code);

 private:
  std::unordered_set<std::string> used_;
  std::unordered_map<std::string, int> children_;  // by parent code: numbers handed out
};

}  // namespace tochuc::generate
