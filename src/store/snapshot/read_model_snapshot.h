// ReadModelSnapshot: the read model written to a file and read back, so that
// a report or a server starts without replaying the ledger.
//
// The member directory (ids and names) goes to a second file, `path` +
// ".names", read only when asked for: reports do not need it.
//
// A snapshot is stamped with the ledger it was built from (the last stored
// line's seq and a hash of its text); a snapshot whose stamp does not match
// the store is stale and is not used. Files are written to a temporary name
// and renamed, so a reader never sees half a snapshot.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

#include "domain/read_model.h"

namespace tochuc {

struct LedgerStamp {
  uint64_t last_seq = 0;
  uint64_t last_line_hash = 0;
  bool operator==(const LedgerStamp&) const = default;
};

class ReadModelSnapshot {
 public:
  // Throws std::runtime_error if the file cannot be written.
  static void Write(const ReadModel& model, const LedgerStamp& stamp,
                    const std::filesystem::path& path);
  // The model (with its directory when `with_directory`), or nullopt when a
  // file is missing, of another format version, stale for `expected` or
  // damaged.
  static std::optional<ReadModel> Read(const std::filesystem::path& path,
                                       const LedgerStamp& expected, bool with_directory = false);
  static std::filesystem::path DirectoryPath(const std::filesystem::path& path);
  // The stamp the snapshot at `path` carries, or nullopt when there is none
  // of this format version.
  static std::optional<LedgerStamp> StampOf(const std::filesystem::path& path);
};

// FNV-1a, 64 bits: stable across builds, unlike std::hash.
uint64_t HashLine(std::string_view text);

}  // namespace tochuc
