#include "domain/date.h"

#include <gtest/gtest.h>

namespace tochuc {
namespace {

TEST(Date, ParsesOnlyRealDays) {
  EXPECT_EQ(Date::Parse("2024-02-29")->ToString(), "2024-02-29");
  EXPECT_FALSE(Date::Parse("2023-02-29"));
  EXPECT_FALSE(Date::Parse("2023-02-30"));
  EXPECT_FALSE(Date::Parse("2023-13-01"));
  EXPECT_FALSE(Date::Parse("2023-1-01"));
  EXPECT_FALSE(Date::Parse("2023-01-01T00:00"));
  EXPECT_FALSE(Date::Parse("abcd-ef-gh"));
  EXPECT_FALSE(Date::Parse(""));
}

TEST(Date, OrdersAndCountsDays) {
  const Date a = *Date::Parse("2023-12-31");
  const Date b = *Date::Parse("2024-01-01");
  EXPECT_LT(a, b);
  EXPECT_EQ(a.AddDays(1), b);
  EXPECT_EQ(b.year(), 2024);
  EXPECT_EQ(a.month(), 12);
  EXPECT_EQ(a.day(), 31);
}

TEST(Date, AddsMonthsClampingToTheMonthEnd) {
  EXPECT_EQ(Date::Parse("2023-01-31")->AddMonths(1).ToString(), "2023-02-28");
  EXPECT_EQ(Date::Parse("2024-02-29")->AddYears(1).ToString(), "2025-02-28");
  EXPECT_EQ(Date::Parse("2022-03-15")->AddMonths(12).ToString(), "2023-03-15");
  EXPECT_EQ(Date::Parse("2022-03-15")->AddMonths(-3).ToString(), "2021-12-15");
}

TEST(Date, CountsWholeMonthsAndYearsLikeAnAge) {
  const Date born = *Date::Parse("2004-05-10");
  EXPECT_EQ(WholeYearsBetween(born, *Date::Parse("2022-05-09")), 17);
  EXPECT_EQ(WholeYearsBetween(born, *Date::Parse("2022-05-10")), 18);
  EXPECT_EQ(WholeMonthsBetween(born, *Date::Parse("2022-05-09")), 18 * 12 - 1);
  // A leap-day birthday is reached on 28 February in common years.
  const Date leap = *Date::Parse("1984-02-29");
  EXPECT_EQ(WholeYearsBetween(leap, *Date::Parse("2023-02-27")), 38);
  EXPECT_EQ(WholeYearsBetween(leap, *Date::Parse("2023-02-28")), 39);
  EXPECT_EQ(WholeYearsBetween(leap, *Date::Parse("2024-02-29")), 40);
}

}  // namespace
}  // namespace tochuc
