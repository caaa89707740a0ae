#include "app/load_ledger.h"

#include <fmt/format.h>

#include <stdexcept>

#include "domain/read_model_builder.h"
#include "domain/read_model_updater.h"
#include "io/ledger_reader.h"
#include "store/snapshot/ledger_state_snapshot.h"
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

LedgerStamp StampOf(LedgerStore& store) {
  const std::optional<StoredEvent> last = store.LastStored();
  return {last ? last->seq : 0, last ? HashLine(last->body) : 0};
}

void WriteSnapshots(const ReadModel& model, const LedgerState& state, const LedgerStamp& stamp,
                    const std::filesystem::path& snapshot,
                    const std::function<void(std::string_view)>& on_note) {
  try {
    ReadModelSnapshot::Write(model, stamp, snapshot);
    LedgerStateSnapshot::Write(state, stamp, LedgerStateSnapshot::PathBeside(snapshot));
  } catch (const std::exception& error) {
    if (on_note) on_note(fmt::format("the snapshot was not saved: {}", error.what()));
  }
}

// A model with its directory and the state it goes on from.
struct Loaded {
  ReadModel model;
  LedgerState state;
};

Loaded Finished(ReadModelBuilder builder) {
  ReadModel model = std::move(builder).Finish();
  return {std::move(model), std::move(builder).TakeState()};
}

std::unique_ptr<LiveReadModel> Live(Loaded loaded) {
  return std::make_unique<LiveReadModel>(std::move(loaded.state), std::move(loaded.model));
}

// The snapshot brought up to date with the lines recorded after it, or
// nullopt when it cannot be: no snapshot of the model and the state with
// the stamp of a stored line, or a line after it dated before the lines
// before it (only a replay places it).
std::optional<Loaded> CatchUp(LedgerStore& store, const std::filesystem::path& snapshot,
                              const LedgerStamp& now,
                              const std::function<void(std::string_view)>& on_note) {
  const std::optional<LedgerStamp> then = ReadModelSnapshot::StampOf(snapshot);
  if (!then || then->last_seq >= now.last_seq) return std::nullopt;
  if (then->last_seq > 0) {
    const std::optional<StoredEvent> line = store.Stored(then->last_seq);
    if (!line || HashLine(line->body) != then->last_line_hash) return std::nullopt;
  }
  std::optional<LedgerState> state =
      LedgerStateSnapshot::Read(LedgerStateSnapshot::PathBeside(snapshot), *then);
  if (!state) return std::nullopt;
  // New members go into the directory: it comes too.
  std::optional<ReadModel> model = ReadModelSnapshot::Read(snapshot, *then, true);
  if (!model) return std::nullopt;
  ReadModelUpdater updater(std::move(*state));
  bool caught_up = true;
  size_t lines = 0;
  store.ForEachAfter(then->last_seq, [&](const StoredEvent& stored) {
    if (!caught_up) return;
    caught_up = updater.Apply(ParseStoredEvent(stored), *model).empty();
    if (caught_up && updater.NeedsUpkeep(*model)) updater.LayOut(*model);
    ++lines;
  });
  if (!caught_up) return std::nullopt;
  updater.SortDirectory(*model);
  if (on_note)
    on_note(fmt::format("the read model caught up with {} lines after its snapshot", lines));
  WriteSnapshots(*model, updater.state(), now, snapshot, on_note);
  return Loaded{std::move(*model), std::move(updater).TakeState()};
}

// The model and state of everything in the store when the snapshot is not
// current: caught up when behind, replayed otherwise; saved again.
Loaded CatchUpOrReplay(LedgerStore& store, const std::filesystem::path& snapshot,
                       const LedgerStamp& stamp,
                       const std::function<void(std::string_view)>& on_note) {
  if (std::optional<Loaded> loaded = CatchUp(store, snapshot, stamp, on_note)) {
    return std::move(*loaded);
  }
  Loaded loaded = Finished(ReplayStore(store));
  WriteSnapshots(loaded.model, loaded.state, stamp, snapshot, on_note);
  return loaded;
}

}  // namespace

ReadModel LoadReadModel(LedgerStore& store, const std::filesystem::path& snapshot,
                        bool with_directory, const std::function<void(std::string_view)>& on_note) {
  const LedgerStamp stamp = StampOf(store);
  if (std::optional<ReadModel> model = ReadModelSnapshot::Read(snapshot, stamp, with_directory)) {
    return std::move(*model);
  }
  return CatchUpOrReplay(store, snapshot, stamp, on_note).model;
}

void SaveSnapshot(LedgerStore& store, const ReadModel& model, const LedgerState& state,
                  const std::filesystem::path& snapshot,
                  const std::function<void(std::string_view)>& on_note) {
  WriteSnapshots(model, state, StampOf(store), snapshot, on_note);
}

ReadModel LoadReadModel(LedgerStore& store) { return Finished(ReplayStore(store)).model; }

ReadModel LoadReadModel(std::istream& sorted_ledger) {
  return Finished(ReplaySortedLedger(sorted_ledger)).model;
}

std::unique_ptr<LiveReadModel> LoadLiveReadModel(LedgerStore& store) {
  return Live(Finished(ReplayStore(store)));
}

std::unique_ptr<LiveReadModel> LoadLiveReadModel(
    LedgerStore& store, const std::filesystem::path& snapshot,
    const std::function<void(std::string_view)>& on_note) {
  const LedgerStamp stamp = StampOf(store);
  if (std::optional<ReadModel> model = ReadModelSnapshot::Read(snapshot, stamp, true)) {
    if (std::optional<LedgerState> state =
            LedgerStateSnapshot::Read(LedgerStateSnapshot::PathBeside(snapshot), stamp)) {
      return Live({std::move(*model), std::move(*state)});
    }
  }
  return Live(CatchUpOrReplay(store, snapshot, stamp, on_note));
}

void ReloadLiveReadModel(LedgerStore& store, LiveReadModel& live) {
  Loaded loaded = Finished(ReplayStore(store));
  live.Reset(std::move(loaded.state), std::move(loaded.model));
}

}  // namespace tochuc::app
