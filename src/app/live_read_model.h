// LiveReadModel: the read model that many readers ask while one writer
// records events, for a process that stays up (the server).
//
// A member event dated on or after the last one changes the model in place
// under a short exclusive lock: readers wait at most for the microseconds it
// takes (and the writer for the reports being answered). An event that
// changes the tree's shape is laid out on a copy while readers go on
// answering from the current model; the copy then replaces it under the
// same short lock. So is the model, after so many updates in place
// (UpdateLimits). Record() returns once reports see the event.
//
// Events dated before the last recorded one are refused (see
// ReadModelUpdater); they need a replay of the ledger.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <utility>

#include "domain/read_model.h"
#include "domain/read_model_updater.h"

namespace tochuc::app {

class LiveReadModel {
 public:
  // `state` and `model`: of the same events, as a build leaves them.
  LiveReadModel(LedgerState state, ReadModel model, UpdateLimits limits = {});

  // Checks and records the event; refused, changes nothing.
  Problems Record(const Event& event);

  // Stores an accepted event before readers see it: called with the state
  // after the event and what it changed, before the model changes, and
  // never while readers are kept out.
  using Commit = std::function<void(const LedgerState& state, const Change& change)>;
  // Checks the event; accepted, calls `commit` and then records the event.
  // When `commit` throws, the event is not recorded, the exception passes
  // on, and this model no longer matches its store: it must be Reset()
  // from the store before anything else is recorded (Record throws
  // std::logic_error until then).
  Problems Record(const Event& event, const Commit& commit);

  // Replaces the state and the model (after a replay of the ledger: an
  // import, a back-dated event); readers see the new model once it is in.
  void Reset(LedgerState state, ReadModel model);

  // The last event's date, if any (for a writer deciding whether an event
  // can be recorded in place).
  std::optional<Date> LastEventDate() const;

  // Calls read(const ReadModel&) and returns what it returns; the model
  // does not change meanwhile. Any number of readers at once.
  // REQUIRES: `read` does not call Read() again (a writer waiting between
  // the two would wait for the first, and the second for it).
  template <typename Reader>
  auto Read(Reader&& read) const {
    { std::lock_guard pass(turnstile_); }  // a writer waiting goes first
    std::shared_lock lock(model_lock_);
    return std::forward<Reader>(read)(std::as_const(*model_));
  }

  // How long the last Record() kept readers out, and whether it laid the
  // model out again (for the benchmark).
  struct Timing {
    double locked_ms = 0;
    bool laid_out = false;
  };
  Timing last_timing() const { return last_timing_; }

 private:
  void SwapIn(std::unique_ptr<ReadModel> next);

  mutable std::mutex writer_;  // one Record() at a time
  // Held by the writer while it waits for the exclusive lock and changes the
  // model, so that a stream of readers cannot keep it out (glibc's shared
  // mutex lets new readers in ahead of a waiting writer).
  mutable std::mutex turnstile_;
  mutable std::shared_mutex model_lock_;
  std::unique_ptr<ReadModel> model_;
  std::optional<ReadModelUpdater> updater_;  // only under writer_; always present
  UpdateLimits limits_;
  bool behind_store_ = false;  // a commit failed: see Record(event, commit)
  Timing last_timing_;
};

}  // namespace tochuc::app
