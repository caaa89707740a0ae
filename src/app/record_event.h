// Recording one ledger event for a signed-in user (the API's POST of an
// event): the same checks and messages as an import, then the line and its
// audit entry in one transaction, then the live read model, before the
// caller answers. One writer at a time; readers are never held up by the
// database.
//
// An event dated on or after the last recorded one is recorded in place in
// microseconds plus the commit. One dated earlier goes where it belongs in
// the ledger's effective order: the ledger is replayed with it (as an
// import does) and the new model replaces the live one.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string_view>

#include "app/import_ledger.h"
#include "app/live_read_model.h"
#include "domain/ledger_store.h"
#include "domain/user.h"

namespace tochuc::app {

struct RecordOutcome {
  uint64_t seq = 0;   // the line's number in the ledger, when recorded
  Problems problems;  // why it was refused; empty when recorded
  bool replayed = false;
};

class EventRecorder {
 public:
  // `store`: a connection used by this recorder only.
  EventRecorder(LedgerStore& store, LiveReadModel& live);

  // `body`: one ledger line (ledger-format.md) without unknown fields.
  // Throws Refusal when the JSON is malformed or has unknown fields, when
  // the role may not record such events, or when an org or member it names
  // is outside the user's scope.
  RecordOutcome Record(const User& user, std::string_view body);

  // Imports a ledger file as `tochuc import` does (all or nothing, every
  // problem by line), in turn with the events recorded one by one; then the
  // live model is replaced by the new one. The role must be allowed to
  // import (Refusal otherwise).
  ImportResult Import(const User& user, std::istream& in, const ImportOptions& options);

 private:
  RecordOutcome RecordInPlace(const User& user, Event& event, const std::string& body);
  RecordOutcome RecordByReplay(const User& user, const std::string& body);

  // Throws Refusal(kBusy) while a replay or an import holds the writer:
  // requests would otherwise queue on the server's few worker threads.
  std::unique_lock<std::mutex> LockForShortWrite();

  std::mutex writing_;
  std::atomic<bool> long_write_{false};
  LedgerStore& store_;
  LiveReadModel& live_;
};

}  // namespace tochuc::app
