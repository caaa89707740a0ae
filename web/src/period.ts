// Reporting periods: a month, a quarter, 6 or 9 months, a year (from
// January), or any range; as ISO dates for the API.

export type PeriodKind = "month" | "quarter" | "half" | "nine" | "year" | "custom";

export interface Period {
  from: string;
  to: string;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// `index`: the month (1–12) or quarter (1–4); ignored for the others.
export function periodOf(kind: Exclude<PeriodKind, "custom">, year: number, index = 1): Period {
  switch (kind) {
    case "month":
      return { from: iso(year, index, 1), to: iso(year, index, lastDay(year, index)) };
    case "quarter": {
      const first = 3 * (index - 1) + 1;
      return { from: iso(year, first, 1), to: iso(year, first + 2, lastDay(year, first + 2)) };
    }
    case "half":
      return { from: iso(year, 1, 1), to: iso(year, 6, 30) };
    case "nine":
      return { from: iso(year, 1, 1), to: iso(year, 9, 30) };
    case "year":
      return { from: iso(year, 1, 1), to: iso(year, 12, 31) };
  }
}

// What a period picker holds: the kind, the year and month or quarter, or a
// custom range of ISO dates (null until both ends are chosen).
export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  index: number;
  custom: Period | null;
}

export function periodOfChoice(choice: PeriodChoice): Period | null {
  return choice.kind === "custom" ? choice.custom : periodOf(choice.kind, choice.year, choice.index);
}

// "năm 2025", "quý 3/2025", "01/01/2025 – 15/03/2025": the period as a title says it.
export function periodTitle(choice: PeriodChoice): string {
  const dmy = (iso: string) => iso.split("-").reverse().join("/");
  switch (choice.kind) {
    case "month":
      return `tháng ${choice.index}/${choice.year}`;
    case "quarter":
      return `quý ${choice.index}/${choice.year}`;
    case "half":
      return `6 tháng đầu năm ${choice.year}`;
    case "nine":
      return `9 tháng đầu năm ${choice.year}`;
    case "year":
      return `năm ${choice.year}`;
    case "custom":
      return choice.custom ? `${dmy(choice.custom.from)} – ${dmy(choice.custom.to)}` : "";
  }
}

// The period as long as `period` that starts the day after it ends: a
// year after a year, a quarter after a quarter (whole months stay whole
// months), otherwise as many days.
export function nextPeriod(period: Period): Period {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const isoOf = (date: Date) => date.toISOString().slice(0, 10);
  const from = day(period.from);
  const after = day(period.to);
  after.setUTCDate(after.getUTCDate() + 1);
  if (from.getUTCDate() === 1 && after.getUTCDate() === 1) {
    const months = (after.getUTCFullYear() - from.getUTCFullYear()) * 12 + after.getUTCMonth() - from.getUTCMonth();
    const end = new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth() + months, 1));
    end.setUTCDate(0);
    return { from: isoOf(after), to: isoOf(end) };
  }
  const end = new Date(after);
  end.setUTCDate(end.getUTCDate() + Math.round((after.getTime() - from.getTime()) / 86400000) - 1);
  return { from: isoOf(after), to: isoOf(end) };
}
