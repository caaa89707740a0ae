// Date: a calendar day, stored as the number of days since 1970-01-01.
//
// Effective dates of events, birth dates and report periods are all Dates.
// A Date is a small value type; it is safe to copy and share across threads.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tochuc {

class Date {
 public:
  constexpr Date() = default;
  static constexpr Date FromDays(int32_t days) { return Date(days); }

  // Parses exactly "YYYY-MM-DD" (years 1800..9999). Returns nullopt for any
  // other shape or for a day that does not exist (2023-02-30).
  static std::optional<Date> Parse(std::string_view text);
  // REQUIRES: month in 1..12 and day valid for that month.
  static Date FromCivil(int year, int month, int day);

  static constexpr Date Min() { return Date(INT32_MIN / 2); }
  static constexpr Date Max() { return Date(INT32_MAX / 2); }

  constexpr int32_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  std::string ToString() const;      // "YYYY-MM-DD"
  std::string ToVietnamese() const;  // "DD/MM/YYYY", as Vietnamese documents write it

  constexpr Date AddDays(int32_t n) const { return Date(days_ + n); }
  // Same day n months later; the last day of the month when it does not exist
  // (2023-01-31 + 1 month = 2023-02-28).
  Date AddMonths(int n) const;
  Date AddYears(int n) const { return AddMonths(12 * n); }

  constexpr auto operator<=>(const Date&) const = default;

 private:
  constexpr explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

// Whole months from `from` to `to` (negative when `to` is earlier): the number
// of month anniversaries of `from` reached on or before `to`.
int WholeMonthsBetween(Date from, Date to);
// Whole years, counted like an age: WholeMonthsBetween / 12.
int WholeYearsBetween(Date from, Date to);

}  // namespace tochuc
