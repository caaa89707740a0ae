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
