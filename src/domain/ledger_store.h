// LedgerStore: where the ledger and its projection are kept. The domain owns
// the interface; src/store implements it per database.
//
// The ledger is append-only: stored lines are never updated or deleted.
// Implementations are used from one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/event.h"
#include "domain/projection.h"

namespace tochuc {

struct StoredEvent {
  uint64_t seq = 0;  // recording order, from 1
  std::string body;  // the ledger line
};

// A stored line with when (UTC, ISO 8601) and by whom it was recorded.
struct RecordedLine {
  StoredEvent line;
  std::string recorded_at, recorded_by;
};

// One append to the ledger, open until Commit: lines are added one at a time
// (so a large file never has to be in memory at once) and written together
// with the new projection, or not at all. Destroying an uncommitted append
// undoes everything it added.
class LedgerAppend {
 public:
  virtual ~LedgerAppend() = default;

  // REQUIRES: event.seq continues the ledger (last stored seq + 1, + 2, ...).
  virtual void Add(const Event& event, std::string_view body) = 0;
  // Every line, stored and added, in the order events take effect.
  virtual void ForEachInEffectiveOrder(const std::function<void(const StoredEvent&)>& visit) = 0;
  // For each added line, in recording order: its seq, type, date and the
  // member and org it names (empty when none), without parsing its body.
  virtual void ForEachAddedKey(
      const std::function<void(uint64_t seq, std::string_view type, std::string_view date,
                               std::string_view member, std::string_view org)>& visit) = 0;
  // Replaces the projection with that of `state` and makes the append durable.
  // Every commit also appends a "ledger.appended" audit entry (actor: the
  // append's recorded_by; detail: the first and last seq added) in the same
  // transaction, so the audit log accounts for every ledger line.
  virtual void Commit(const LedgerState& state) = 0;
  // The same, when the added lines changed only the projection rows of
  // `members` and `orgs`: only those rows are written (one event recorded
  // by the server, rather than the whole projection again).
  virtual void CommitChanged(const LedgerState& state, const std::vector<MemberId>& members,
                             const std::vector<OrgId>& orgs) = 0;
};

class LedgerStore {
 public:
  virtual ~LedgerStore() = default;

  // Every stored line, in recording order.
  virtual std::vector<StoredEvent> ReadLedger() = 0;
  // Calls `visit` for every stored line in the order events take effect
  // (effective date, then recording order), one line in memory at a time.
  virtual void ForEachInEffectiveOrder(const std::function<void(const StoredEvent&)>& visit) = 0;
  // Starts an append recorded by `recorded_by`; one at a time per store.
  virtual std::unique_ptr<LedgerAppend> BeginAppend(const std::string& recorded_by) = 0;
  virtual Projection ReadProjection() = 0;
  // The line recorded last, or nullopt for an empty ledger.
  virtual std::optional<StoredEvent> LastStored() = 0;
  // The line with that seq, or nullopt.
  virtual std::optional<StoredEvent> Stored(uint64_t seq) = 0;
  // Calls `visit` for every line recorded after `seq`, in recording order.
  virtual void ForEachAfter(uint64_t seq, const std::function<void(const StoredEvent&)>& visit) = 0;
  // Calls `visit` for every line recorded after `seq` whose event takes
  // effect on or before `through`, in recording order: the lines that came
  // late to figures taken when `seq` was the last.
  virtual void ForEachLateLine(uint64_t seq, Date through,
                               const std::function<void(const RecordedLine&)>& visit) = 0;
  // Calls `visit` for every line naming the member (its `member` field), in
  // the order events take effect: the member's history.
  virtual void ForEachLineOfMember(std::string_view member,
                                   const std::function<void(const RecordedLine&)>& visit) = 0;
  // The member's row of the projection (their record as it stands), or
  // nullopt for an unknown id.
  virtual std::optional<MemberRow> ReadMemberRow(std::string_view member) = 0;
};

}  // namespace tochuc
