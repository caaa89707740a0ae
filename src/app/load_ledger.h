// Reading a store's ledger back into events, and building the read model
// from it.
#pragma once

#include <vector>

#include "domain/event.h"
#include "domain/ledger_store.h"
#include "domain/read_model.h"

namespace tochuc::app {

// Every stored event with its seq, in AppliesBefore order. Throws
// std::runtime_error if a stored line no longer parses (a damaged store).
std::vector<Event> LoadLedger(LedgerStore& store);

// The read model of everything in the store.
ReadModel LoadReadModel(LedgerStore& store);

}  // namespace tochuc::app
