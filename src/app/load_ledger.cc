#include "app/load_ledger.h"

#include <fmt/format.h>

#include <stdexcept>

#include "domain/read_model_builder.h"
#include "io/ledger_reader.h"
#include "store/snapshot/read_model_snapshot.h"

namespace tochuc::app {

Event ParseStoredEvent(const StoredEvent& stored) {
  Event event;
  const Problems problems = io::ParseStoredLine(stored.body, &event);
  if (!problems.empty()) {
    throw std::runtime_error(fmt::format("stored ledger line {} does not parse: {}: {}", stored.seq,
                                         problems.front().field, problems.front().message));
  }
  event.seq = stored.seq;
  return event;
}

namespace {

ReadModelBuilder ReplayStore(LedgerStore& store) {
  ReadModelBuilder builder;
  store.ForEachInEffectiveOrder([&](const StoredEvent& stored) {
    const Problems problems = builder.Add(ParseStoredEvent(stored));
    if (!problems.empty()) {
      throw std::runtime_error(fmt::format("stored ledger line {} cannot be replayed: {}: {}",
                                           stored.seq, problems.front().field,
                                           problems.front().message));
    }
  });
  return builder;
}

ReadModelBuilder ReplaySortedLedger(std::istream& sorted_ledger) {
  ReadModelBuilder builder;
  std::string text;
  std::vector<io::LineProblem> problems;
  for (size_t line = 1; std::getline(sorted_ledger, text); ++line) {
    if (text.empty()) continue;
    io::LedgerLine parsed;
    if (!io::ParseLedgerLine(text, line, &parsed, problems)) {
      throw std::runtime_error(fmt::format("line {}: {}: {}", line, problems.front().problem.field,
                                           problems.front().problem.message));
    }
    const Problems refused = builder.Add(parsed.event);
    if (!refused.empty()) {
      throw std::runtime_error(
          fmt::format("line {}: {}: {}", line, refused.front().field, refused.front().message));
    }
  }
  return builder;
}

std::unique_ptr<LiveReadModel> Live(ReadModelBuilder builder) {
  ReadModel model = std::move(builder).Finish();
  return std::make_unique<LiveReadModel>(std::move(builder).TakeState(), std::move(model));
}

LedgerStamp StampOf(LedgerStore& store) {
  const std::optional<StoredEvent> last = store.LastStored();
  return {last ? last->seq : 0, last ? HashLine(last->body) : 0};
}

void WriteSnapshot(const ReadModel& model, const LedgerStamp& stamp,
                   const std::filesystem::path& snapshot,
                   const std::function<void(std::string_view)>& on_note) {
  try {
    ReadModelSnapshot::Write(model, stamp, snapshot);
  } catch (const std::exception& error) {
    if (on_note) on_note(fmt::format("the snapshot was not saved: {}", error.what()));
  }
}

}  // namespace

ReadModel LoadReadModel(LedgerStore& store, const std::filesystem::path& snapshot,
                        bool with_directory, const std::function<void(std::string_view)>& on_note) {
  const LedgerStamp stamp = StampOf(store);
  if (std::optional<ReadModel> model = ReadModelSnapshot::Read(snapshot, stamp, with_directory)) {
    return std::move(*model);
  }
  ReadModel model = LoadReadModel(store);
  WriteSnapshot(model, stamp, snapshot, on_note);
  return model;
}

void SaveSnapshot(LedgerStore& store, const ReadModel& model, const std::filesystem::path& snapshot,
                  const std::function<void(std::string_view)>& on_note) {
  WriteSnapshot(model, StampOf(store), snapshot, on_note);
}

ReadModel LoadReadModel(LedgerStore& store) { return ReplayStore(store).Finish(); }

ReadModel LoadReadModel(std::istream& sorted_ledger) {
  return ReplaySortedLedger(sorted_ledger).Finish();
}

std::unique_ptr<LiveReadModel> LoadLiveReadModel(LedgerStore& store) {
  return Live(ReplayStore(store));
}

std::unique_ptr<LiveReadModel> LoadLiveReadModel(std::istream& sorted_ledger) {
  return Live(ReplaySortedLedger(sorted_ledger));
}

}  // namespace tochuc::app
