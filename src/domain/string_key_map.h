// StringKeyMap: a hash map from text keys (org codes, member ids) to values,
// looked up by string_view without building a string.
//
// Open addressing (Boost.Unordered's flat map) keeps a key and its value in
// one slot: replaying a national ledger looks up a member id several times
// per event among seven million, and each lookup in a node-based map costs
// two or three cache misses more.
#pragma once

#include <boost/unordered/unordered_flat_map.hpp>
#include <functional>
#include <string>
#include <string_view>

namespace tochuc {

struct StringKeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
};

template <typename Value>
using StringKeyMap = boost::unordered_flat_map<std::string, Value, StringKeyHash, std::equal_to<>>;

}  // namespace tochuc
