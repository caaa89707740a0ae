// RandomLedger: small random but valid ledgers for comparison tests.
//
// A ledger starts with a province committee, a few upper committees,
// grassroots committees with subordinate cells (and sometimes a partial
// committee), grassroots cells and party groups, and registered members; it
// then runs for one to several years through every event type of
// ledger-format.md, often several on one day, with org moves and merges
// across the root's children, merge chains, nested merges (an org and its own
// descendant in one merge) and dissolutions of emptied orgs.
//
// Every event is checked against a LedgerState as it is drawn; a candidate
// the state machine refuses is dropped and another one drawn, so the result
// is always accepted in full. Events come in non-decreasing date order with
// `seq` set to their position (1-based). The same seed and options always
// give the same ledger. Thread-safe (no shared state).
#pragma once

#include <cstdint>
#include <vector>

#include "domain/event.h"

namespace tochuc::reference {

// A small, fast, well-mixed generator (Steele, Lea, Flood 2014). Used instead
// of <random> distributions, whose results differ between standard libraries.
class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}

  uint64_t Next();
  // Uniform in [0, n). REQUIRES: n > 0.
  uint64_t Below(uint64_t n);
  // Uniform in [low, high]. REQUIRES: low <= high.
  int Between(int low, int high);
  // True with probability percent / 100.
  bool Percent(int percent) { return Below(100) < static_cast<uint64_t>(percent); }

 private:
  uint64_t state_;
};

struct RandomLedgerOptions {
  // Members the ledger creates in all (registered, admitted, transferred in).
  int min_members = 20;
  int max_members = 200;
  // How long the ledger runs after its first day.
  int min_years = 1;
  int max_years = 6;
  // Chance that an event shares the date of the one before it.
  int same_day_percent = 35;
  // Weight of structure events (establish, move, merge, dissolve, rename)
  // against member events, in percent of all events.
  int org_event_percent = 12;
  // Whether one org.merged may list an org together with its own descendant.
  bool nested_merges = true;
};

std::vector<Event> RandomLedger(uint64_t seed, const RandomLedgerOptions& options = {});

}  // namespace tochuc::reference
