import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatPercent } from "./format";

describe("Vietnamese formats", () => {
  it("writes dates as dd/mm/yyyy", () => {
    expect(formatDate("2026-11-29")).toBe("29/11/2026");
    expect(formatDate(null)).toBe("");
  });
  it("groups thousands with dots", () => {
    expect(formatCount(74127)).toBe("74.127");
    expect(formatCount(5)).toBe("5");
  });
  it("writes percentages with a decimal comma", () => {
    expect(formatPercent(808, 1000)).toBe("80,8 %");
    expect(formatPercent(1, 0)).toBe("–");
  });
});
