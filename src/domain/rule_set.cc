#include "domain/rule_set.h"

#include <algorithm>

namespace tochuc {

RuleBook::RuleBook(std::vector<RuleSet> sets) : sets_(std::move(sets)) {}

const RuleBook& RuleBook::Default() {
  static const RuleBook kDefault({RuleSet{
      .name = "Điều lệ Đảng (2011), Quy định 24-QĐ/TW (2021)",
      .valid_from = Date::Min(),
      .valid_until = Date::Max(),
  }});
  return kDefault;
}

const RuleSet& RuleBook::At(Date date) const {
  auto it = std::upper_bound(sets_.begin(), sets_.end(), date,
                             [](Date d, const RuleSet& set) { return d < set.valid_from; });
  return it == sets_.begin() ? sets_.front() : *std::prev(it);
}

}  // namespace tochuc
