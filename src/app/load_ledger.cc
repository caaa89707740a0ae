#include "app/load_ledger.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "domain/read_model_builder.h"
#include "io/ledger_reader.h"

namespace tochuc::app {

std::vector<Event> LoadLedger(LedgerStore& store) {
  std::vector<Event> events;
  for (const StoredEvent& stored : store.ReadLedger()) {
    Event event;
    const Problems problems = io::ParseStoredLine(stored.body, &event);
    if (!problems.empty()) {
      throw std::runtime_error(fmt::format("stored ledger line {} does not parse: {}: {}",
                                           stored.seq, problems.front().field,
                                           problems.front().message));
    }
    event.seq = stored.seq;
    events.push_back(std::move(event));
  }
  std::stable_sort(events.begin(), events.end(), AppliesBefore);
  return events;
}

ReadModel LoadReadModel(LedgerStore& store) { return BuildReadModel(LoadLedger(store)); }

}  // namespace tochuc::app
