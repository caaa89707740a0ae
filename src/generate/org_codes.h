// OrgCodes: short, unique organization codes that show where an org was
// established: a letter for its kind and its parent's digits followed by
// its own number among the parent's children ("T", "H01", "X0101",
// "C010101", "G01010101").
//
// In a national ledger every province's codes start with its own prefix,
// which also stands for its root ("P07", "P07H01", "P07X0101"), so that
// codes stay unique across provinces.
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
  // `prefix`: the province's prefix in a national ledger, empty otherwise.
  explicit OrgCodes(std::string prefix = "") : prefix_(std::move(prefix)) {}

  // The code of the root: `letter` alone, or the prefix when there is one.
  std::string Root(char letter);
  // A new code for a child of the org coded `parent_code`.
  // REQUIRES: `parent_code` was handed out by this OrgCodes.
  std::string Child(char letter, std::string_view parent_code);

 private:
  std::string prefix_;
  std::unordered_set<std::string> used_;
  std::unordered_map<std::string, int> children_;  // by parent code: numbers handed out
};

}  // namespace tochuc::generate
