#include "app/verify_store.h"

#include <fmt/format.h>

#include "app/load_ledger.h"
#include "domain/ledger_state.h"
#include "domain/projection.h"

namespace tochuc::app {

VerifyResult VerifyStore(LedgerStore& store, AuditLog& audit) {
  VerifyResult result;
  // One line in memory at a time: a country's ledger does not fit as events.
  LedgerState state;
  store.ForEachInEffectiveOrder([&](const StoredEvent& stored) {
    const Event event = ParseStoredEvent(stored);
    ++result.events;
    for (const Problem& problem : state.Apply(event)) {
      result.differences.push_back(
          fmt::format("ledger line {}: {}: {}", event.seq, problem.field, problem.message));
    }
  });
  for (std::string& diff : DiffProjections(ProjectState(state), store.ReadProjection())) {
    result.differences.push_back(std::move(diff));
  }
  result.audit_problems = audit.Verify();
  return result;
}

}  // namespace tochuc::app
