// Random: the generator's own pseudo-random numbers (xoshiro256**, seeded
// through splitmix64), with the few helpers the generator needs.
//
// The standard <random> distributions are not used on purpose: their
// algorithms are unspecified and differ between library versions, and the
// same seed must give the same ledger byte for byte everywhere. Everything
// here is integer arithmetic or exact IEEE double operations.
//
// Not thread-safe; one generator owns one Random.
#pragma once

#include <array>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>

namespace tochuc::generate {

class Random {
 public:
  explicit Random(uint64_t seed) {
    for (uint64_t& word : state_) word = SplitMix64(seed);
  }

  uint64_t Next() {
    const uint64_t result = Rotl(state_[1] * 5, 7) * 9;
    const uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = Rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, n), without modulo bias. REQUIRES: n > 0.
  uint64_t Below(uint64_t n) {
    const uint64_t threshold = (0 - n) % n;  // 2^64 mod n: the biased low values
    for (;;) {
      const uint64_t r = Next();
      if (r >= threshold) return r % n;
    }
  }

  // Uniform in [lo, hi], both included. REQUIRES: lo <= hi.
  int Int(int lo, int hi) {
    const auto span = static_cast<uint64_t>(static_cast<int64_t>(hi) - lo) + 1;
    return static_cast<int>(lo + static_cast<int64_t>(Below(span)));
  }

  // A uniform index into a container of `size` elements. REQUIRES: size > 0.
  size_t Index(size_t size) { return static_cast<size_t>(Below(size)); }

  // Uniform in [0, 1), 53 random bits.
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

  bool Chance(double probability) { return Unit() < probability; }

  // A uniform element of a non-empty container.
  template <typename Container>
  const auto& Pick(const Container& items) {
    return items[Index(std::size(items))];
  }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

  static uint64_t SplitMix64(uint64_t& x) {
    uint64_t z = (x += 0x9e3779b97f4a7c15);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
    z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
    return z ^ (z >> 31);
  }

  std::array<uint64_t, 4> state_{};
};

// A value with an integer weight, for the tables of names and traits.
template <typename T>
struct WeightedOf {
  T value;
  uint32_t weight;
};
using Weighted = WeightedOf<std::string_view>;

// A value drawn with probability weight / total weight.
// REQUIRES: a non-empty table with a positive total weight.
template <typename T>
T PickWeighted(Random& rng, std::span<const WeightedOf<T>> table) {
  uint64_t total = 0;
  for (const auto& entry : table) total += entry.weight;
  uint64_t draw = rng.Below(total);
  for (const auto& entry : table) {
    if (draw < entry.weight) return entry.value;
    draw -= entry.weight;
  }
  return table.back().value;
}

// Tables of names and traits are arrays of Weighted.
inline std::string_view PickWeighted(Random& rng, std::span<const Weighted> table) {
  return PickWeighted<std::string_view>(rng, table);
}

}  // namespace tochuc::generate
