// LedgerStateSnapshot: the ledger state (every org and member as they stand,
// what the next event is checked against) written beside the read model's
// snapshot, with the same stamp. With both, a process catches up with lines
// recorded after the snapshot (ReadModelUpdater) instead of replaying the
// whole ledger.
#pragma once

#include <filesystem>
#include <optional>

#include "domain/ledger_state.h"
#include "store/snapshot/read_model_snapshot.h"

namespace tochuc {

class LedgerStateSnapshot {
 public:
  // Throws std::runtime_error if the file cannot be written.
  static void Write(const LedgerState& state, const LedgerStamp& stamp,
                    const std::filesystem::path& path);
  // The state, or nullopt when the file is missing, of another format
  // version, stamped otherwise than `expected` or damaged.
  static std::optional<LedgerState> Read(const std::filesystem::path& path,
                                         const LedgerStamp& expected,
                                         const RuleBook& rules = RuleBook::Default());
  // Where the state goes beside the read model's snapshot at `model_path`.
  static std::filesystem::path PathBeside(const std::filesystem::path& model_path);
};

}  // namespace tochuc
