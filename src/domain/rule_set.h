// RuleSet: the figures of the regulations that change over time (domain.md:
// "keep them as data with a validity period"). RuleBook holds the sets and
// answers which one governs an event of a given date.
//
// Immutable after construction; safe to share between threads.
#pragma once

#include <string>
#include <vector>

#include "domain/date.h"

namespace tochuc {

struct RuleSet {
  std::string name;  // the regulations it encodes
  Date valid_from;   // first day it governs
  Date valid_until;  // last day it governs
  int min_admission_age_months = 18 * 12;
  int max_admission_age_months = 60 * 12;
  int probation_months = 12;  // before recognition as official
};

class RuleBook {
 public:
  // REQUIRES: sets sorted by valid_from, contiguous, covering every date used.
  explicit RuleBook(std::vector<RuleSet> sets);
  // The rules in force today for every date (Điều lệ Đảng and its guidance).
  static const RuleBook& Default();

  // The set whose validity period contains `date`.
  const RuleSet& At(Date date) const;

 private:
  std::vector<RuleSet> sets_;
};

}  // namespace tochuc
