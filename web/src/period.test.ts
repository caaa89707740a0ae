import { describe, expect, it } from "vitest";
import { periodOf } from "./period";

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
