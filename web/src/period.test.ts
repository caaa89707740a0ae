import { describe, expect, it } from "vitest";
import { nextPeriod, periodOf, periodOfChoice, periodTitle } from "./period";

describe("reporting periods", () => {
  it("knows month lengths, leap years included", () => {
    expect(periodOf("month", 2024, 2)).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(periodOf("month", 2025, 2)).toEqual({ from: "2025-02-01", to: "2025-02-28" });
  });
  it("gives quarters, 6 and 9 months and years from January", () => {
    expect(periodOf("quarter", 2025, 4)).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(periodOf("half", 2025)).toEqual({ from: "2025-01-01", to: "2025-06-30" });
    expect(periodOf("nine", 2025)).toEqual({ from: "2025-01-01", to: "2025-09-30" });
    expect(periodOf("year", 2025)).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });
});

describe("a period picker's choice", () => {
  const base = { kind: "year" as const, year: 2025, index: 1, custom: null };
  it("gives the period of its kind", () => {
    expect(periodOfChoice({ ...base, kind: "quarter", index: 3 })).toEqual({ from: "2025-07-01", to: "2025-09-30" });
    expect(periodOfChoice({ ...base, kind: "custom" })).toBeNull();
    const range = { from: "2025-03-01", to: "2025-03-15" };
    expect(periodOfChoice({ ...base, kind: "custom", custom: range })).toEqual(range);
  });
  it("says the period as a title does", () => {
    expect(periodTitle(base)).toBe("năm 2025");
    expect(periodTitle({ ...base, kind: "month", index: 11 })).toBe("tháng 11/2025");
    expect(periodTitle({ ...base, kind: "quarter", index: 3 })).toBe("quý 3/2025");
    expect(periodTitle({ ...base, kind: "half" })).toBe("6 tháng đầu năm 2025");
    expect(periodTitle({ ...base, kind: "custom", custom: { from: "2025-01-01", to: "2025-03-15" } })).toBe("01/01/2025 – 15/03/2025");
  });
});

describe("the period after a period", () => {
  it("is as many whole months when the period is whole months", () => {
    expect(nextPeriod({ from: "2025-01-01", to: "2025-12-31" })).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(nextPeriod({ from: "2025-10-01", to: "2025-12-31" })).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(nextPeriod({ from: "2024-01-01", to: "2024-01-31" })).toEqual({ from: "2024-02-01", to: "2024-02-29" });
  });
  it("is as many days otherwise", () => {
    expect(nextPeriod({ from: "2025-03-01", to: "2025-03-15" })).toEqual({ from: "2025-03-16", to: "2025-03-30" });
  });
});
