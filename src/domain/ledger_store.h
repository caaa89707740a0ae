// LedgerStore: where the ledger and its projection are kept. The domain owns
// the interface; src/store implements it per database.
//
// The ledger is append-only: stored lines are never updated or deleted.
// Implementations are used from one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/event.h"
#include "domain/projection.h"

namespace tochuc {

struct StoredEvent {
  uint64_t seq = 0;  // recording order, from 1
  std::string body;  // the ledger line
};

struct EventToStore {
  const Event* event = nullptr;  // event->seq is the sequence number to store
  std::string_view body;
};

class LedgerStore {
 public:
  virtual ~LedgerStore() = default;

  // Every stored line, in recording order.
  virtual std::vector<StoredEvent> ReadLedger() = 0;
  // Calls `visit` for every stored line in the order events take effect
  // (effective date, then recording order), one line in memory at a time.
  virtual void ForEachInEffectiveOrder(const std::function<void(const StoredEvent&)>& visit) = 0;
  // Appends the events and replaces the projection in one transaction: on
  // any failure nothing is written (and an exception says why).
  virtual void Append(const std::vector<EventToStore>& events, const Projection& projection,
                      const std::string& recorded_by) = 0;
  virtual Projection ReadProjection() = 0;
  // The line recorded last, or nullopt for an empty ledger.
  virtual std::optional<StoredEvent> LastStored() = 0;
};

}  // namespace tochuc
