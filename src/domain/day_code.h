// DayCode: a date in 16 bits, for the member columns the composition scans:
// the days since 1900-01-01, for dates up to 2079-06-05. Any other date is
// coded kFarDay and kept exactly in a FarDays list beside the column; a
// member with such a date is counted the long way (rare, and exact).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "domain/date.h"

namespace tochuc {

using DayCode = uint16_t;
inline constexpr DayCode kFarDay = UINT16_MAX;
inline constexpr int32_t kDayCodeEpoch = -25'567;  // 1900-01-01, in days since 1970-01-01

constexpr DayCode ToDayCode(Date day) {
  const int64_t code = int64_t{day.days()} - kDayCodeEpoch;
  return code >= 0 && code < kFarDay ? static_cast<DayCode>(code) : kFarDay;
}
// REQUIRES: code != kFarDay.
constexpr Date FromDayCode(DayCode code) { return Date::FromDays(kDayCodeEpoch + code); }

// The dates of a column coded kFarDay, by position in the column.
struct FarDay {
  uint32_t at;
  Date day;
};

class FarDays {
 public:
  void Set(uint32_t at, Date day) {
    auto it = Find(at);
    if (it != days_.end() && it->at == at) {
      it->day = day;
    } else {
      days_.insert(it, {at, day});
    }
  }
  // REQUIRES: Set(at, ...) was called.
  Date At(uint32_t at) const { return Find(at)->day; }
  void Clear() { days_.clear(); }

 private:
  std::vector<FarDay>::const_iterator Find(uint32_t at) const {
    return std::lower_bound(days_.begin(), days_.end(), at,
                            [](const FarDay& far, uint32_t key) { return far.at < key; });
  }
  std::vector<FarDay>::iterator Find(uint32_t at) {
    return std::lower_bound(days_.begin(), days_.end(), at,
                            [](const FarDay& far, uint32_t key) { return far.at < key; });
  }

  std::vector<FarDay> days_;  // sorted by position

  template <typename Io, typename Model>
  friend void SnapshotColumns(Io& io, Model& model);
};

// A column of dates as day codes with the far ones aside.
class DayColumn {
 public:
  size_t size() const { return codes_.size(); }
  Date operator[](size_t at) const {
    const DayCode code = codes_[at];
    return code == kFarDay ? far_.At(static_cast<uint32_t>(at)) : FromDayCode(code);
  }
  // True when the day needed FarDays.
  bool Set(size_t at, Date day) {
    codes_[at] = ToDayCode(day);
    if (codes_[at] != kFarDay) return false;
    far_.Set(static_cast<uint32_t>(at), day);
    return true;
  }
  bool PushBack(Date day) {
    codes_.push_back(0);
    return Set(codes_.size() - 1, day);
  }
  const DayCode* codes() const { return codes_.data(); }
  void reserve(size_t n) { codes_.reserve(n); }
  size_t capacity() const { return codes_.capacity(); }

 private:
  std::vector<DayCode> codes_;
  FarDays far_;

  template <typename Io, typename Model>
  friend void SnapshotColumns(Io& io, Model& model);
};

}  // namespace tochuc
