import { render, screen } from "@testing-library/react";
import { ConfigProvider } from "antd";
import viVN from "antd/locale/vi_VN";
import { describe, expect, it } from "vitest";
import PeriodPicker from "./PeriodPicker";
import type { PeriodChoice } from "./period";

function shown(choice: PeriodChoice) {
  render(
    <ConfigProvider locale={viVN}>
      <PeriodPicker value={choice} onChange={() => {}} />
    </ConfigProvider>,
  );
}

describe("the period picker", () => {
  const year: PeriodChoice = { kind: "year", year: 2025, index: 1, custom: null };
  it("asks for the year only, for a year", () => {
    shown(year);
    expect(screen.getByText("Năm")).toBeTruthy();
    expect((screen.getByDisplayValue("2025") as HTMLInputElement).value).toBe("2025");
    expect(screen.queryByText(/^Quý/)).toBeNull();
  });
  it("asks for the quarter, for a quarter", () => {
    shown({ ...year, kind: "quarter", index: 3 });
    expect(screen.getByText("Quý 3")).toBeTruthy();
  });
  it("asks for the month, for a month", () => {
    shown({ ...year, kind: "month", index: 11 });
    expect(screen.getByText("Tháng 11")).toBeTruthy();
  });
  it("asks for both ends, for a custom range, in dd/mm/yyyy", () => {
    shown({ ...year, kind: "custom", custom: { from: "2025-03-01", to: "2025-03-15" } });
    expect(screen.getByDisplayValue("01/03/2025")).toBeTruthy();
    expect(screen.getByDisplayValue("15/03/2025")).toBeTruthy();
    expect(screen.queryByDisplayValue("2025")).toBeNull();
  });
});
