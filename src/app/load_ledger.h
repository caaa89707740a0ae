// Reading a store's ledger back into events, and building the read model
// from it.
#pragma once

#include <filesystem>
#include <functional>
#include <istream>
#include <memory>
#include <string_view>
#include <vector>

#include "app/live_read_model.h"
#include "domain/event.h"
#include "domain/ledger_store.h"
#include "domain/read_model.h"

namespace tochuc::app {

// The event of a stored line, with its seq. A stored line was accepted once:
// if it no longer parses the store is damaged, and std::runtime_error says so.
Event ParseStoredEvent(const StoredEvent& stored);

// The read model of everything in the store.
ReadModel LoadReadModel(LedgerStore& store);

// The read model of everything in the store, from the snapshot file at
// `snapshot` when it matches the store; from the snapshot and the ledger
// state beside it (`snapshot` + ".state") brought up to date with the lines
// recorded after them when they match an earlier line and those lines come
// in date order; otherwise built from the ledger. A snapshot that was not
// current is written again for next time (one that cannot be written is
// skipped: `on_note` hears why). From a current snapshot, the member
// directory (ids, names) is read only `with_directory`.
ReadModel LoadReadModel(LedgerStore& store, const std::filesystem::path& snapshot,
                        bool with_directory,
                        const std::function<void(std::string_view)>& on_note = {});

// The read model of a ledger file whose lines are already in effective order
// (as `tochuc generate` writes them), read one line at a time. Throws
// std::runtime_error naming the line if one does not parse or is refused.
ReadModel LoadReadModel(std::istream& sorted_ledger);

// The read model of everything in the store, kept current as events are
// recorded (live_read_model.h).
std::unique_ptr<LiveReadModel> LoadLiveReadModel(LedgerStore& store);
// The live model of everything in the store, started as LoadReadModel
// starts (the snapshot and the ledger state beside it, with the directory;
// caught up or replayed when they are not current) for a process that stays
// up.
std::unique_ptr<LiveReadModel> LoadLiveReadModel(
    LedgerStore& store, const std::filesystem::path& snapshot,
    const std::function<void(std::string_view)>& on_note = {});

// Replays the store into `live` (after a failed commit left it behind its
// store, see LiveReadModel::Record).
void ReloadLiveReadModel(LedgerStore& store, LiveReadModel& live);

// Saves `model` and `state`, which are those of everything in the store, as
// its snapshot (see LoadReadModel); a snapshot that cannot be written is
// skipped and `on_note` hears why.
void SaveSnapshot(LedgerStore& store, const ReadModel& model, const LedgerState& state,
                  const std::filesystem::path& snapshot,
                  const std::function<void(std::string_view)>& on_note = {});

}  // namespace tochuc::app
