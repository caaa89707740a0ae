#include "domain/date.h"

#include <fmt/format.h>

#include <chrono>

namespace tochuc {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

year_month_day Civil(Date date) { return year_month_day{sys_days{days{date.days()}}}; }

bool ParseDigits(std::string_view text, int& out) {
  out = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

}  // namespace

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (!ParseDigits(text.substr(0, 4), year) || !ParseDigits(text.substr(5, 2), month) ||
      !ParseDigits(text.substr(8, 2), day)) {
    return std::nullopt;
  }
  if (year < 1800) return std::nullopt;
  const year_month_day ymd{std::chrono::year{year},
                           std::chrono::month{static_cast<unsigned>(month)},
                           std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return FromCivil(year, month, day);
}

Date Date::FromCivil(int year, int month, int day) {
  const year_month_day ymd{std::chrono::year{year},
                           std::chrono::month{static_cast<unsigned>(month)},
                           std::chrono::day{static_cast<unsigned>(day)}};
  return Date(static_cast<int32_t>(sys_days{ymd}.time_since_epoch().count()));
}

int Date::year() const { return static_cast<int>(Civil(*this).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(Civil(*this).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(Civil(*this).day())); }

std::string Date::ToVietnamese() const {
  const std::string iso = ToString();
  if (iso.size() != 10) return iso;  // years beyond four digits: as they are
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string Date::ToString() const {
  const auto ymd = Civil(*this);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

Date Date::AddMonths(int n) const {
  const auto ymd = Civil(*this);
  const int total = static_cast<int>(ymd.year()) * 12 +
                    static_cast<int>(static_cast<unsigned>(ymd.month())) - 1 + n;
  const int year = total / 12;
  const unsigned month = static_cast<unsigned>(total % 12 + 1);
  const auto last = std::chrono::year_month_day_last{
      std::chrono::year{year}, std::chrono::month_day_last{std::chrono::month{month}}};
  const unsigned day =
      std::min(static_cast<unsigned>(ymd.day()), static_cast<unsigned>(last.day()));
  return FromCivil(year, static_cast<int>(month), static_cast<int>(day));
}

int WholeMonthsBetween(Date from, Date to) {
  if (to < from) return -WholeMonthsBetween(to, from);
  int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
  if (months > 0 && from.AddMonths(months) > to) --months;
  return months;
}

int WholeYearsBetween(Date from, Date to) { return WholeMonthsBetween(from, to) / 12; }

}  // namespace tochuc
