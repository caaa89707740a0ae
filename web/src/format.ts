// Vietnamese formats: 29/11/2026, 74.127, 80,8 %.

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

// A moment the server stamps in UTC ("2026-11-30T01:05:09.123Z"), as the
// clock reads in Vietnam: "30/11/2026 08:05".
const vietnamTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return vietnamTime.format(moment).replace(",", "");
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

export const sectorNames: Record<string, string> = {
  dang_bo_tinh: "Đảng bộ tỉnh",
  huyen: "Huyện",
  xa: "Xã",
  phuong: "Phường",
  thi_tran: "Thị trấn",
  khoi: "Khối",
  co_quan: "Cơ quan hành chính",
  su_nghiep: "Đơn vị sự nghiệp",
  quan_doi: "Quân đội",
  cong_an: "Công an",
  dn_nha_nuoc: "Doanh nghiệp nhà nước",
  dn_ngoai_nha_nuoc: "Doanh nghiệp ngoài nhà nước",
};

export function sectorName(sector: string): string {
  return sectorNames[sector] ?? sector;
}

// The composition report's keys ("F", "over_80", "true") as a reader says
// them; keys that are already words (an ethnicity, "12/12") stay as they are.
const compositionKeyNames: Record<string, Record<string, string>> = {
  sex: { F: "Nữ", M: "Nam" },
  status: statusNames,
  religion: { none: "Không tôn giáo" },
  theory_level: theoryLevelNames,
  youth_union: { true: "Là đoàn viên", false: "Không là đoàn viên" },
};

export function compositionLabel(dimension: string, key: string): string {
  const named = compositionKeyNames[dimension]?.[key];
  if (named) return named;
  if (dimension === "age_band" || dimension === "party_age_band") {
    const unit = dimension === "age_band" ? "tuổi" : "năm";
    let match = /^(\d+)_(\d+)$/.exec(key);
    if (match) return `${match[1]}–${match[2]} ${unit}`;
    if ((match = /^over_(\d+)$/.exec(key))) return `Trên ${match[1]} ${unit}`;
    if ((match = /^under_(\d+)$/.exec(key))) return `Dưới ${match[1]} ${unit}`;
    if ((match = /^(\d+)_plus$/.exec(key))) return `Từ ${match[1]} ${unit} trở lên`;
  }
  return key;
}

// Bands in their natural order ("under_10" before "10_19"); other keys by count.
export function compositionEntries(dimension: string, counts: Record<string, number>): [string, number][] {
  const entries = Object.entries(counts);
  if (dimension !== "age_band" && dimension !== "party_age_band") return entries.sort((a, b) => b[1] - a[1]);
  const start = (key: string) => (key.startsWith("under_") ? -1 : Number(/\d+/.exec(key)?.[0] ?? 0));
  return entries.sort((a, b) => start(a[0]) - start(b[0]));
}
