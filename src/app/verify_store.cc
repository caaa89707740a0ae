#include "app/verify_store.h"

#include <fmt/format.h>

#include "app/load_ledger.h"
#include "domain/ledger_state.h"
#include "domain/projection.h"

namespace tochuc::app {

VerifyResult VerifyStore(LedgerStore& store) {
  VerifyResult result;
  const std::vector<Event> events = LoadLedger(store);
  result.events = events.size();
  LedgerState state;
  for (const Event& event : events) {
    Problems problems = state.Apply(event);
    for (const Problem& problem : problems) {
      result.differences.push_back(
          fmt::format("ledger line {}: {}: {}", event.seq, problem.field, problem.message));
    }
  }
  for (std::string& diff : DiffProjections(ProjectState(state), store.ReadProjection())) {
    result.differences.push_back(std::move(diff));
  }
  return result;
}

}  // namespace tochuc::app
