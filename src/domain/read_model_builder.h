// ReadModelBuilder: replays accepted events through a LedgerState and records
// what the reports need (see read_model.h).
//
// Feed events in AppliesBefore order, then call Finish() once. Not
// thread-safe.
#pragma once

#include "domain/ledger_state.h"
#include "domain/read_model.h"

namespace tochuc {

class ReadModelBuilder {
 public:
  explicit ReadModelBuilder(const RuleBook& rules = RuleBook::Default());

  // Applies the event. On success records it and returns no problems; on
  // failure returns the problems and records nothing.
  // REQUIRES: events arrive in AppliesBefore order.
  Problems Add(const Event& event);
  // Only reads the state, so state() may be read on another thread meanwhile
  // (the import writes the projection from it while the model is laid out).
  ReadModel Finish() &&;

  const LedgerState& state() const { return state_; }
  // The state after every event added, for a ReadModelUpdater to go on from
  // the model Finish() returned.
  LedgerState TakeState() && { return std::move(state_); }

 private:
  void AppendSpell(MemberId member, Date day);
  void FinishMembers();

  LedgerState state_;
  ReadModel model_;
  std::vector<std::vector<Spell>> member_spells_;
  // By member: the first admission, where party age starts.
  std::vector<std::optional<Date>> first_admitted_;
};

// Builds the read model of a whole ledger.
// REQUIRES: events sorted by AppliesBefore and all valid (as after an import).
ReadModel BuildReadModel(const std::vector<Event>& events,
                         const RuleBook& rules = RuleBook::Default());

}  // namespace tochuc
