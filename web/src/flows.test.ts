import { describe, expect, it } from "vitest";
import { decreases, flowColumns, increases, sumOf } from "./flows";

// A row of the stock-flow report as the API gives it (ledger-format.md's counters).
const row = {
  opening: 100, admitted: 7, readmitted: 1, registered: 2, transferred_in: 3, reorganized_in: 4,
  transferred_out: 5, reorganized_out: 6, removed: 1, expelled: 1, died: 2, probation_removed: 1, closing: 101,
};

describe("the stock-and-flow columns", () => {
  it("show every counter of the report exactly once", () => {
    expect(flowColumns.map(([key]) => key).sort()).toEqual(Object.keys(row).sort());
  });
  it("split the flows into increases and decreases that keep the identity", () => {
    expect(sumOf(row, increases)).toBe(17);
    expect(sumOf(row, decreases)).toBe(16);
    expect(row.opening + sumOf(row, increases) - sumOf(row, decreases)).toBe(row.closing);
  });
});
