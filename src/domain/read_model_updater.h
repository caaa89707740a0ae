// ReadModelUpdater: keeps a finished read model current as events are
// recorded, without replaying the ledger.
//
// A member event dated on or after the model's last event changes the model
// in place in well under a millisecond: a flow row appended, the year-end
// checkpoints from its day on adjusted, the member's new spell and record.
// An event that changes the tree's shape (an org established, moved, merged
// or dissolved) changes today's numbering, so the model is laid out again:
// seconds at national scale. The caller decides where that happens
// (LiveReadModel lays out a copy while the old model keeps answering).
//
// Events dated before the model's last event would change what was recorded
// after them; they are refused here and need a replay of the ledger.
//
// Not thread-safe: one writer; readers must not read the model it changes.
#pragma once

#include "domain/ledger_state.h"
#include "domain/read_model.h"

namespace tochuc {

class ReadModelUpdater {
 public:
  // `state`: the state after the events the model was built from.
  explicit ReadModelUpdater(LedgerState state) : state_(std::move(state)) {}

  // Whether applying the event lays the model out again: it changes the
  // tree, or the rows and spells recorded since the last layout have grown
  // enough that reports would slow down.
  bool NeedsLayout(const ReadModel& model, const Event& event) const;

  // Checks the event against the state; accepted, records it in `model`
  // and returns no problems. Refused, changes nothing.
  // REQUIRES: `model` is the model of the events applied so far (the one
  // built with the state, or a copy of it kept current).
  Problems Apply(const Event& event, ReadModel& model);

  // Spare capacity in the model's columns for the updates until the next
  // layout (which makes room again), so that none reallocates a column.
  // The state's member columns and index too.
  void MakeRoom(ReadModel& model);

  const LedgerState& state() const { return state_; }

  // Rows and abandoned spell cells after which a layout is due.
  static constexpr uint32_t kRowsBeforeLayout = 200'000;
  static constexpr size_t kAbandonedSpellsBeforeLayout = 2'000'000;
  static constexpr Headroom kHeadroom{.rows = kRowsBeforeLayout,
                                      .members = kRowsBeforeLayout,
                                      .spells = kRowsBeforeLayout + kAbandonedSpellsBeforeLayout,
                                      .text_bytes = 64 * kRowsBeforeLayout,
                                      .years = 2};
  // What one member event may need (a member with more spells than this
  // moves them with a reallocation: correct, only slower).
  static constexpr Headroom kOneUpdate{
      .rows = 1, .members = 1, .spells = 1024, .text_bytes = 1024, .years = 1};

 private:
  void RecordMember(const Event& event, const Change& change, bool count_in_checkpoints,
                    ReadModel& model) const;
  void LayOut(ReadModel& model);
  bool HasRoomFor(const ReadModel& model) const;

  LedgerState state_;
};

}  // namespace tochuc
