// The stock-and-flow report's columns in the order of the identity
// closing = opening + increases − decreases (ledger-format.md).

export const increases: [string, string][] = [
  ["admitted", "Kết nạp"],
  ["readmitted", "Kết nạp lại"],
  ["registered", "Nhập ban đầu"],
  ["transferred_in", "Chuyển đến"],
  ["reorganized_in", "Sắp xếp đến"],
];

export const decreases: [string, string][] = [
  ["transferred_out", "Chuyển đi"],
  ["reorganized_out", "Sắp xếp đi"],
  ["removed", "Xóa tên"],
  ["expelled", "Khai trừ"],
  ["died", "Từ trần"],
  ["probation_removed", "Xóa tên dự bị"],
];

export const flowColumns: [string, string][] = [
  ["opening", "Đầu kỳ"],
  ...increases,
  ...decreases,
  ["closing", "Cuối kỳ"],
];

export function sumOf(counts: Record<string, number>, columns: [string, string][]): number {
  return columns.reduce((sum, [key]) => sum + (counts[key] ?? 0), 0);
}
