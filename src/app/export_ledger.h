// The export use case: the stored ledger written back as JSON Lines, in
// recording order, exactly as stored.
#pragma once

#include <ostream>

#include "domain/ledger_store.h"

namespace tochuc::app {

// Returns the number of lines written.
size_t ExportLedger(LedgerStore& store, std::ostream& out);

}  // namespace tochuc::app
