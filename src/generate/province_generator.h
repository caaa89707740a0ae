// GenerateProvince: a deterministic, realistic ledger of a synthetic
// province (ledger-format.md), for demos, tests and benchmarks.
//
// The ledger opens on 2015-01-01 with the province's organization tree and
// its members as opening balances (about 88 % of the size asked for), runs
// day by day to 2025-12-31 with admissions, probations, transfers, exits,
// exemptions, readmissions, corrections and changes to the tree, and on
// 2025-07-01 abolishes the district level (communes merged and moved under
// the province). Every event it emits is valid under the ledger's rules, in
// non-decreasing date order; the same options give the same events on every
// platform.
//
// Events stream out as they are decided: memory grows with the members and
// orgs, not with the events. Not thread-safe; separate calls are independent.
#pragma once

#include <cstdint>
#include <functional>

#include "domain/event.h"

namespace tochuc::generate {

struct ProvinceOptions {
  int64_t members = 75000;  // members at the end of the ledger, roughly (within a few %)
  uint64_t seed = 1;        // same seed, same ledger
};

// Emits the ledger's events, in non-decreasing date order. `seq` is left 0:
// the caller numbers lines. Throws std::logic_error only on a bug in the
// generator (an event out of date order).
void GenerateProvince(const ProvinceOptions& options,
                      const std::function<void(const Event&)>& emit);

}  // namespace tochuc::generate
