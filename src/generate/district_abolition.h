// The 2025 restructuring: on 1 July 2025 the district level is abolished.
// In each district the commune committees are merged in groups of two to
// four into one surviving commune (members and cells follow; the merged
// communes' military, police and office cells become one each; the new
// commune takes a new name), every grassroots organization of the district
// then moves directly under the province, and the empty district committee
// is dissolved. The bloc committees stay.
#pragma once

#include "generate/ledger_writer.h"
#include "generate/random.h"

namespace tochuc::generate {

void AbolishDistricts(Date day, Random& rng, LedgerWriter& writer);

}  // namespace tochuc::generate
