// The import use case: a ledger file appended to the store all or nothing.
//
// Every line is checked (shape, then the rules, in the order events take
// effect, together with what the store holds already). If any line is
// refused nothing is written and every problem is returned; otherwise all
// events and the new projection are written in one transaction.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ledger_store.h"
#include "io/ledger_reader.h"

namespace tochuc::app {

struct ImportOptions {
  std::string recorded_by = "import";
  io::ReadProgress progress;  // bytes read so far
  // Called when a later step starts: "checking", then "writing".
  std::function<void(std::string_view step, size_t events)> on_step;
};

struct ImportResult {
  size_t imported = 0;                    // events written (0 when refused)
  std::vector<io::LineProblem> problems;  // sorted by line; empty on success
};

ImportResult ImportLedger(LedgerStore& store, std::istream& in, const ImportOptions& options);

}  // namespace tochuc::app
