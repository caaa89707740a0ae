// The ledger's calendar and the pacing of events over it: the ledger opens
// on 2015-01-01 with the tree and the opening balances, runs day by day to
// 2025-12-31, and on 2025-07-01 the district level is abolished.
#pragma once

#include <cmath>

#include "domain/date.h"
#include "generate/random.h"

namespace tochuc::generate {

inline const Date kOpeningDay = Date::FromCivil(2015, 1, 1);
inline const Date kClosingDay = Date::FromCivil(2025, 12, 31);
inline const Date kDistrictsAbolishedDay = Date::FromCivil(2025, 7, 1);

// A uniform day of the month that starts on `first_day`, and not before
// `not_before`. REQUIRES: not_before lies in that month.
inline Date RandomDayOfMonth(Random& rng, Date first_day, Date not_before) {
  const int32_t last = first_day.AddMonths(1).days() - 1;
  return Date::FromDays(rng.Int(not_before.days(), last));
}

// Turns expected counts into whole numbers of events, carrying the
// fractions over: 0.3 a month gives an event in about every third month,
// deterministically, so that rare events still happen in small provinces.
class Pacer {
 public:
  int Take(double expected) {
    carry_ += expected;
    const double whole = std::floor(carry_);
    carry_ -= whole;
    return static_cast<int>(whole);
  }

 private:
  double carry_ = 0;
};

}  // namespace tochuc::generate
