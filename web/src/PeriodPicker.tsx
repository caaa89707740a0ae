// Choosing a reporting period: month, quarter, 6 or 9 months, year or a range.
import { DatePicker, Select, Space } from "antd";
import dayjs from "dayjs";
import type { PeriodChoice, PeriodKind } from "./period";

const kinds: { value: PeriodKind; label: string }[] = [
  { value: "month", label: "Tháng" },
  { value: "quarter", label: "Quý" },
  { value: "half", label: "6 tháng" },
  { value: "nine", label: "9 tháng" },
  { value: "year", label: "Năm" },
  { value: "custom", label: "Tùy chọn" },
];

export default function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (choice: PeriodChoice) => void }) {
  const set = (change: Partial<PeriodChoice>) => onChange({ ...value, ...change });
  return (
    <Space wrap>
      <Select value={value.kind} onChange={(kind) => set({ kind, index: 1 })} style={{ width: 120 }} options={kinds} data-testid="period-kind" />
      {value.kind !== "custom" && (
        <DatePicker picker="year" value={dayjs(`${value.year}-01-01`)} onChange={(year) => year && set({ year: year.year() })}
          allowClear={false} data-testid="period-year" />
      )}
      {value.kind === "month" && (
        <Select value={value.index} onChange={(index) => set({ index })} style={{ width: 110 }}
          options={Array.from({ length: 12 }, (_, k) => ({ value: k + 1, label: `Tháng ${k + 1}` }))} />
      )}
      {value.kind === "quarter" && (
        <Select value={value.index} onChange={(index) => set({ index })} style={{ width: 100 }}
          options={[1, 2, 3, 4].map((q) => ({ value: q, label: `Quý ${q}` }))} />
      )}
      {value.kind === "custom" && (
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          value={value.custom && [dayjs(value.custom.from), dayjs(value.custom.to)]}
          onChange={(range) =>
            set({ custom: range && range[0] && range[1] ? { from: range[0].format("YYYY-MM-DD"), to: range[1].format("YYYY-MM-DD") } : null })
          }
        />
      )}
    </Space>
  );
}
