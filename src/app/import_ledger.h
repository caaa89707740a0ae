// The import use case: a ledger file appended to the store all or nothing.
//
// Every line is checked (shape, then the rules, in the order events take
// effect, together with what the store holds already). If any line is
// refused nothing is written and every problem is returned; otherwise all
// events and the new projection are written in one transaction.
//
// The file is streamed: lines are parsed on worker threads a batch at a
// time and written into the open transaction as they come, and when they
// come in effective order (as `tochuc generate` and most exports write them)
// the rules are checked and the read model built in the same pass. Only a
// file out of date order is replayed once more, from the store, before the
// commit. Memory holds the state and the read model, never the file.
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ledger_store.h"
#include "domain/read_model.h"
#include "io/ledger_reader.h"

namespace tochuc::app {

struct ImportOptions {
  std::string recorded_by = "import";
  // Called after each batch of lines with the bytes and events read so far.
  std::function<void(size_t bytes, size_t events)> progress;
  // Called when a later step starts: "replaying" (a file out of date order),
  // "writing" (the projection and the commit, while the read model is laid out).
  std::function<void(std::string_view step, size_t events)> on_step;
};

struct ImportResult {
  size_t imported = 0;                    // events written (0 when refused)
  std::vector<io::LineProblem> problems;  // sorted by line; empty on success
  // The read model of the whole ledger after a successful import, and the
  // state it was built with.
  std::optional<ReadModel> model;
  std::optional<LedgerState> state;
};

ImportResult ImportLedger(LedgerStore& store, std::istream& in, const ImportOptions& options);

}  // namespace tochuc::app
