// Random queries for the comparison tests: report days near the ledger's
// events (often on days with events or structure changes), periods of every
// length, orgs alive, merged away or dissolved; and the ledger options that
// vary with the seed. Test-only. Thread-safe (no shared state).
#pragma once

#include <cstdint>
#include <vector>

#include "domain/read_model.h"
#include "random_ledger.h"
#include "report_comparison.h"

namespace tochuc::reference {

// Small ledgers for a quarter of the seeds, a restless tree for another.
RandomLedgerOptions OptionsFor(uint64_t seed, bool nested_merges = true);

// Twelve stock-flow queries (two on the root, half in each structure) and
// four each of composition, org counts and admissions, on orgs `model` knows.
std::vector<Query> RandomQueries(uint64_t seed, const std::vector<Event>& events,
                                 const ReadModel& model);

}  // namespace tochuc::reference
