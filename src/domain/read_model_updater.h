// ReadModelUpdater: keeps a finished read model current as events are
// recorded, without replaying the ledger.
//
// A member event dated on or after the model's last event changes the model
// in place in well under a millisecond: a flow row appended, the year-end
// checkpoints from its day on adjusted, the member's new spell and record.
// An event that changes the tree's shape (an org established, moved, merged
// or dissolved) changes today's numbering, so the model is laid out again:
// seconds at national scale. So is a model whose rows and spells recorded in
// place have grown past the limits (NeedsUpkeep), where reports would slow
// down. The caller decides where layouts happen: LiveReadModel lays out a
// copy (CopyForLayout) while the old model keeps answering.
//
// Events dated before the model's last event would change what was recorded
// after them; they are refused here and need a replay of the ledger.
//
// Not thread-safe: one writer; readers must not read the model it changes.
#pragma once

#include "domain/ledger_state.h"
#include "domain/read_model.h"

namespace tochuc {

// When the updates recorded in place call for a new layout.
struct UpdateLimits {
  uint32_t rows = 200'000;              // flow rows not in the rows-per-org index
  size_t abandoned_spells = 2'000'000;  // cells left behind by spells that moved
  size_t unsorted_members = 200'000;    // members found through the directory's map
};

class ReadModelUpdater {
 public:
  // `state`: the state after the events the model was built from.
  explicit ReadModelUpdater(LedgerState state, UpdateLimits limits = {})
      : state_(std::move(state)), limits_(limits) {}

  // Whether the event changes the tree's shape (Apply then lays out).
  static bool ChangesTree(const Event& event);

  // Checks the event against the state; accepted, records it in `model`
  // (laying it out again when it changes the tree) and returns no problems.
  // Refused, changes nothing.
  // REQUIRES: `model` is the model of the events applied so far (when the
  // event changes the tree, its CopyForLayout() will do).
  Problems Apply(const Event& event, ReadModel& model);

  // Apply() in two steps, for a caller that must store the event in
  // between (the server writes it to the database before readers see it):
  // Accept checks the event and applies it to the state only; Record then
  // records it in the model. Between the two the state is ahead of the
  // model: nothing but Record may follow an accepted event.
  struct Accepted {
    Change change;
    Moment at;
    std::vector<OrgId> orphans;
  };
  // Refused, changes nothing and returns the problems.
  Problems Accept(const Event& event, const ReadModel& model, Accepted* accepted);
  // REQUIRES: `accepted` from Accept(event, model) just before; when the
  // event changes the tree, `model` may be CopyForLayout() of it.
  void Record(const Event& event, const Accepted& accepted, ReadModel& model);

  // Whether the updates recorded in place have passed the limits.
  bool NeedsUpkeep(const ReadModel& model) const;
  // Lays the model out again from the state (a copy, or the model itself).
  void LayOut(ReadModel& model);
  // Sorts the members added since the directory's last sort into it and
  // folds corrected names in.
  void SortDirectory(ReadModel& model) const { model.directory.Finish(); }
  bool DirectoryNeedsSort(const ReadModel& model) const {
    return model.directory.UnsortedMembers() >= limits_.unsorted_members;
  }

  // What a layout needs of `model`: the parts it does not rebuild, with room
  // for the updates after it. The directory is left out (a tree event does
  // not change it): the caller moves it over with the swap.
  ReadModel CopyForLayout(const ReadModel& model) const;

  // Spare capacity in the model's columns, and the state's, for the
  // updates until the next layout, so that none reallocates a column.
  void MakeRoom(ReadModel& model);

  const LedgerState& state() const { return state_; }
  LedgerState TakeState() && { return std::move(state_); }

  // What one member event may need (a member with more spells than this
  // moves them with a reallocation: correct, only slower).
  static constexpr Headroom kOneUpdate{
      .rows = 1, .members = 1, .spells = 1024, .text_bytes = 1024, .years = 1};

 private:
  void RecordMember(const Event& event, const Change& change, ReadModel& model) const;
  Headroom RoomUntilUpkeep() const;
  bool HasRoomFor(const ReadModel& model) const;

  LedgerState state_;
  UpdateLimits limits_;
};

}  // namespace tochuc
