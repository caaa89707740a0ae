// Ledger coverage: every commit to the ledger appends a "ledger.appended"
// audit entry naming the lines it added, so together those entries account
// for each line from 1 to the last exactly once. A line no entry accounts for
// was slipped into the ledger around the store; an entry naming lines past
// the ledger's end, or lines another entry already named, was forged.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/audit_entry.h"

namespace tochuc::store {

// The entry a commit that added ledger lines first_seq..last_seq appends:
// action "ledger.appended", detail {"first_seq":N,"last_seq":M,"lines":K}.
AuditEntry LedgerAppendedEntry(std::string actor, int64_t first_seq, int64_t last_seq);

// The ledger lines first_seq..last_seq that one audit entry accounts for.
struct AccountedLines {
  int64_t entry_seq = 0;  // the audit entry's seq
  int64_t first_seq = 0;
  int64_t last_seq = 0;
};

// One line per ledger range no entry accounts for, per entry naming lines
// past `ledger_end` (the last ledger seq; 0 when the ledger is empty), and
// per entry naming lines an earlier one named. Empty when the entries
// account for exactly 1..ledger_end.
// REQUIRES: 1 <= first_seq <= last_seq in every range.
std::vector<std::string> CheckLedgerCoverage(std::vector<AccountedLines> accounted,
                                             int64_t ledger_end);

}  // namespace tochuc::store
