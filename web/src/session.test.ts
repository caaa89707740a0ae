import { describe, expect, it } from "vitest";
import { laterDay } from "./session";

describe("the latest event day after recording", () => {
  it("moves to a later day, across a year end", () => {
    expect(laterDay("2025-12-31", "2026-01-05")).toBe("2026-01-05");
    expect(laterDay(null, "2024-03-01")).toBe("2024-03-01");
  });
  it("stays for a day on or before it (a late event)", () => {
    expect(laterDay("2025-12-31", "2025-06-30")).toBe("2025-12-31");
    expect(laterDay("2025-12-31", "2025-12-31")).toBe("2025-12-31");
  });
  it("ignores a line without an ISO date", () => {
    expect(laterDay("2025-12-31", undefined)).toBe("2025-12-31");
    expect(laterDay("2025-12-31", "sau")).toBe("2025-12-31");
  });
});
