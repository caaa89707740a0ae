// GenerateNation: a deterministic, realistic national ledger
// (ledger-format.md) of many provinces, each with its own root, for demos,
// tests and benchmarks at scale.
//
// Every province is a GenerateProvince-like run with its own tree, codes
// prefixed by its number ("P27", "P27H01", ...; members "P27M0000001"),
// sized after the real province (province_profiles.h). The ledger opens on
// 2005-01-01 with the trees and about 78 % of the final members as opening
// balances and runs day by day to 2025-12-31. Members moving between
// provinces are transferred within the ledger (member.transferred); on
// 2025-07-01 every province abolishes its districts and then the provinces
// merge (63 became 34; province_merger.h).
//
// All provinces advance one day at a time in lockstep, so events stream out
// in non-decreasing date order: memory grows with the members and orgs,
// never with the events. Not thread-safe; separate calls are independent.
#pragma once

#include <cstdint>
#include <functional>

#include "domain/event.h"

namespace tochuc::generate {

enum class NationSize : uint8_t {
  kSmall,  // three provinces, two of which merge; 50,000 members by default
  kFull,   // the 63 provinces; 5.5 million members by default
};

struct NationOptions {
  NationSize size = NationSize::kFull;
  int64_t members = 0;  // members at the end, roughly, shared by size; 0: the default
  uint64_t seed = 1;    // same seed, same ledger
};

// Emits the ledger's events in non-decreasing date order; `seq` is left 0.
// Throws std::logic_error only on a bug in the generator.
void GenerateNation(const NationOptions& options, const std::function<void(const Event&)>& emit);

}  // namespace tochuc::generate
