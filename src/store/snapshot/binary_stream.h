// Raw little-endian columns in and out of a file, for the read-model
// snapshot. Every read is checked against what is left of the file, so a
// truncated or damaged snapshot fails cleanly instead of allocating wildly.
#pragma once

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace tochuc::snapshot {

struct DamagedSnapshot : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class BinaryWriter {
 public:
  explicit BinaryWriter(std::FILE* file) : file_(file) {}

  template <typename T>
  void Value(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    Bytes(&value, sizeof value);
  }
  template <typename T>
  void Column(const std::vector<T>& column) {
    static_assert(std::is_trivially_copyable_v<T>);
    Value<uint64_t>(column.size());
    Bytes(column.data(), column.size() * sizeof(T));
  }
  void Text(const std::string& text) {
    Value<uint64_t>(text.size());
    Bytes(text.data(), text.size());
  }
  // The same calls as BinaryReader's, so one function can list the fields.
  template <typename T>
  void Field(const T& value) {
    Value(value);
  }
  void Texts(const std::vector<std::string>& texts) {
    Value<uint64_t>(texts.size());
    for (const std::string& text : texts) Text(text);
  }

 private:
  void Bytes(const void* data, size_t size) {
    if (size != 0 && std::fwrite(data, 1, size, file_) != size) {
      throw std::runtime_error("cannot write the snapshot");
    }
  }
  std::FILE* file_;
};

class BinaryReader {
 public:
  BinaryReader(std::FILE* file, uint64_t size) : file_(file), left_(size) {}

  template <typename T>
  T Value() {
    static_assert(std::is_trivially_copyable_v<T>);
    T value;
    Bytes(&value, sizeof value);
    return value;
  }
  template <typename T>
  void Column(std::vector<T>& column) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto count = Value<uint64_t>();
    if (count > left_ / sizeof(T)) throw DamagedSnapshot("a column runs past the end");
    column.clear();
    column.reserve(count);
    AskForHugePages(column.data(), count * sizeof(T));
    column.resize(count);
    Bytes(column.data(), count * sizeof(T));
  }
  void Text(std::string& text) {
    const auto size = Value<uint64_t>();
    if (size > left_) throw DamagedSnapshot("a text runs past the end");
    text.resize(size);
    Bytes(text.data(), size);
  }
  template <typename T>
  void Field(T& value) {
    value = Value<T>();
  }
  void Texts(std::vector<std::string>& texts) {
    const auto count = Value<uint64_t>();
    if (count > left_ / sizeof(uint64_t)) throw DamagedSnapshot("a list runs past the end");
    texts.resize(count);
    for (std::string& text : texts) Text(text);
  }
  uint64_t left() const { return left_; }

 private:
  // A large column is touched for the first time here; on a virtual machine
  // faulting it in 4 KiB pages costs more than reading it (a national
  // snapshot: ~3 s against ~0.6 s with 2 MiB pages).
  static void AskForHugePages(void* data, size_t size) {
#ifdef __linux__
    constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
    if (size < 2 * kHugePage) return;
    const auto start = reinterpret_cast<uintptr_t>(data);
    const uintptr_t first = (start + kHugePage - 1) & ~(kHugePage - 1);
    const uintptr_t last = (start + size) & ~(kHugePage - 1);
    if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#else
    (void)data;
    (void)size;
#endif
  }

  void Bytes(void* data, size_t size) {
    if (size > left_ || (size != 0 && std::fread(data, 1, size, file_) != size)) {
      throw DamagedSnapshot("the snapshot ends early");
    }
    left_ -= size;
  }
  std::FILE* file_;
  uint64_t left_;
};

}  // namespace tochuc::snapshot
