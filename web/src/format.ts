// Vietnamese formats: 29/11/2026, 74.127, 80,8 %.

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

const integer = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
export function formatCount(value: number): string {
  return integer.format(value);
}

const oneDecimal = new Intl.NumberFormat("vi-VN", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return "–";
  return `${oneDecimal.format((100 * part) / whole)} %`;
}

export const roleNames: Record<string, string> = {
  admin: "Quản trị viên",
  staff: "Cán bộ Ban Tổ chức",
  clerk: "Văn thư cơ sở",
  inspector: "Kiểm tra",
  member: "Đảng viên",
};

export const kindNames: Record<string, string> = {
  province_committee: "Đảng bộ tỉnh",
  upper_committee: "Cấp trên cơ sở",
  grassroots_committee: "Đảng bộ cơ sở",
  grassroots_cell: "Chi bộ cơ sở",
  partial_committee: "Đảng bộ bộ phận",
  subordinate_cell: "Chi bộ trực thuộc",
  party_group: "Tổ đảng",
};

export const statusNames: Record<string, string> = {
  probationary: "Dự bị",
  official: "Chính thức",
};

export const standingNames: Record<string, string> = {
  active: "Đang sinh hoạt",
  removed: "Đã xóa tên",
  expelled: "Đã khai trừ",
  probation_removed: "Xóa tên dự bị",
  transferred_out: "Đã chuyển đi",
  died: "Từ trần",
};

export const theoryLevelNames: Record<string, string> = {
  none: "Chưa có",
  elementary: "Sơ cấp",
  intermediate: "Trung cấp",
  advanced: "Cao cấp",
  bachelor: "Cử nhân",
};
