// How a snapshot file is framed: magic and format version, the stamp of the
// ledger it was built from, the body, and the magic again; written through a
// temporary file and a rename, so a reader never sees half a file.
#pragma once

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>

#include "store/snapshot/binary_stream.h"
#include "store/snapshot/read_model_snapshot.h"

namespace tochuc::snapshot {

struct FileKind {
  uint64_t magic;
  uint32_t format_version;  // bumped when the body's layout changes
};

using FilePtr = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

template <typename WriteBody>
void WriteFile(const std::filesystem::path& path, FileKind kind, const LedgerStamp& stamp,
               WriteBody&& write_body) {
  std::filesystem::path partial = path;
  partial += ".partial";
  {
    FilePtr file(std::fopen(partial.c_str(), "wb"), &std::fclose);
    if (!file) throw std::runtime_error(fmt::format("cannot write {}", partial.string()));
    BinaryWriter out(file.get());
    out.Value(kind.magic);
    out.Value(kind.format_version);
    out.Value(stamp.last_seq);
    out.Value(stamp.last_line_hash);
    write_body(out);
    out.Value(kind.magic);  // a complete file ends as it starts
    if (std::fflush(file.get()) != 0) throw std::runtime_error("cannot write the snapshot");
  }
  std::filesystem::rename(partial, path);
}

// The stamp of the file at `path`, or nullopt when it is missing or of
// another kind or format version.
inline std::optional<LedgerStamp> ReadStamp(const std::filesystem::path& path, FileKind kind) {
  std::error_code error;
  const uint64_t size = std::filesystem::file_size(path, error);
  if (error) return std::nullopt;
  FilePtr file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) return std::nullopt;
  BinaryReader in(file.get(), size);
  try {
    if (in.Value<uint64_t>() != kind.magic || in.Value<uint32_t>() != kind.format_version) {
      return std::nullopt;
    }
    LedgerStamp stamp;
    stamp.last_seq = in.Value<uint64_t>();
    stamp.last_line_hash = in.Value<uint64_t>();
    return stamp;
  } catch (const DamagedSnapshot&) {
    return std::nullopt;
  }
}

// Reads `path` if its header matches and `read_body` consumes it exactly.
template <typename ReadBody>
bool ReadFile(const std::filesystem::path& path, FileKind kind, const LedgerStamp& expected,
              ReadBody&& read_body) {
  std::error_code error;
  const uint64_t size = std::filesystem::file_size(path, error);
  if (error) return false;
  FilePtr file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) return false;
  BinaryReader in(file.get(), size);
  try {
    if (in.Value<uint64_t>() != kind.magic || in.Value<uint32_t>() != kind.format_version) {
      return false;
    }
    LedgerStamp stamp;
    stamp.last_seq = in.Value<uint64_t>();
    stamp.last_line_hash = in.Value<uint64_t>();
    if (!(stamp == expected)) return false;
    read_body(in);
    return in.Value<uint64_t>() == kind.magic && in.left() == 0;
  } catch (const DamagedSnapshot&) {
    return false;
  }
}

}  // namespace tochuc::snapshot
