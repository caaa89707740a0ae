// What may happen to an active member in a year, as probabilities that
// depend on age and standing: deaths and exemptions mostly among the
// elderly, moves and removals mostly among the young. Figures are rough
// national orders of magnitude (about 2 % of members transfer within the
// province a year, under 1 % die).
#pragma once

#include "generate/province_state.h"

namespace tochuc::generate {

struct YearlyOdds {
  double die = 0;
  double exempt = 0;
  double end_exemption = 0;
  double remove = 0;
  double expel = 0;
  double transfer_out = 0;
  double transfer = 0;
  double correct = 0;

  // The odds of leaving the province's membership.
  double Exit() const { return die + remove + expel + transfer_out; }
  double Total() const { return Exit() + exempt + end_exemption + transfer + correct; }
};

// REQUIRES: the member is active; `age` in whole years.
YearlyOdds OddsFor(const MemberRecord& member, int age);

}  // namespace tochuc::generate
