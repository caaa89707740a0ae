// The ledger's calendar and the pacing of events over it: a ledger opens on
// the first day of its timeline with the tree and the opening balances, runs
// day by day to its last day, and on 2025-07-01 the district level is
// abolished (and, in a national ledger, 63 provinces become 34).
#pragma once

#include <cmath>

#include "domain/date.h"
#include "generate/random.h"

namespace tochuc::generate {

// The days a ledger is built around. REQUIRES: `opening` is a 1 January,
// opening < districts_abolished <= closing.
struct Timeline {
  Date opening;              // the tree and the opening balances
  Date closing;              // the last day with events
  Date districts_abolished;  // the 2025 restructuring
};

// One province, as `tochuc generate --members N` has always written it.
inline const Timeline kProvinceTimeline{Date::FromCivil(2015, 1, 1), Date::FromCivil(2025, 12, 31),
                                        Date::FromCivil(2025, 7, 1)};
// A national ledger reaches two decades back, so that reports over long
// periods and the badges of party age have history to work on.
inline const Timeline kNationTimeline{Date::FromCivil(2005, 1, 1), Date::FromCivil(2025, 12, 31),
                                      Date::FromCivil(2025, 7, 1)};
// The provinces merge on the day the districts go.
inline const Date kProvincesMergedDay = Date::FromCivil(2025, 7, 1);

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
