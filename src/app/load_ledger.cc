#include "app/load_ledger.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "domain/read_model_builder.h"
#include "io/ledger_reader.h"

namespace tochuc::app {

std::vector<Event> LoadLedger(LedgerStore& store) {
  std::vector<Event> events;
  std::vector<io::LineProblem> problems;
  for (const StoredEvent& stored : store.ReadLedger()) {
    io::LedgerLine line;
    if (!io::ParseLedgerLine(stored.body, stored.seq, &line, problems)) {
      throw std::runtime_error(fmt::format("stored ledger line {} does not parse: {}: {}",
                                           stored.seq, problems.back().problem.field,
                                           problems.back().problem.message));
    }
    line.event.seq = stored.seq;
    events.push_back(std::move(line.event));
  }
  std::stable_sort(events.begin(), events.end(), AppliesBefore);
  return events;
}

ReadModel LoadReadModel(LedgerStore& store) { return BuildReadModel(LoadLedger(store)); }

}  // namespace tochuc::app
