import { describe, expect, it } from "vitest";
import { compositionEntries, compositionLabel, formatCount, formatDate, formatDateTime, formatPercent, sectorName } from "./format";

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

describe("composition labels", () => {
  it("names coded keys in Vietnamese", () => {
    expect(compositionLabel("sex", "F")).toBe("Nữ");
    expect(compositionLabel("status", "probationary")).toBe("Dự bị");
    expect(compositionLabel("youth_union", "true")).toBe("Là đoàn viên");
    expect(compositionLabel("theory_level", "advanced")).toBe("Cao cấp");
    expect(compositionLabel("religion", "none")).toBe("Không tôn giáo");
  });
  it("says bands with their unit", () => {
    expect(compositionLabel("age_band", "31_40")).toBe("31–40 tuổi");
    expect(compositionLabel("age_band", "over_80")).toBe("Trên 80 tuổi");
    expect(compositionLabel("party_age_band", "under_10")).toBe("Dưới 10 năm");
    expect(compositionLabel("party_age_band", "50_plus")).toBe("Từ 50 năm trở lên");
  });
  it("keeps keys that are already words", () => {
    expect(compositionLabel("ethnicity", "H'Mông")).toBe("H'Mông");
    expect(compositionLabel("education", "12/12")).toBe("12/12");
  });
  it("orders bands by their start and other keys by count", () => {
    const bands = { "10_19": 5, "50_plus": 1, under_10: 9, "20_29": 3 };
    expect(compositionEntries("party_age_band", bands).map(([key]) => key)).toEqual(["under_10", "10_19", "20_29", "50_plus"]);
    expect(compositionEntries("ethnicity", { Kinh: 50, Tày: 70, Thái: 2 }).map(([key]) => key)).toEqual(["Tày", "Kinh", "Thái"]);
  });
  it("names sectors, and keeps a sector it does not know", () => {
    expect(sectorName("dn_ngoai_nha_nuoc")).toBe("Doanh nghiệp ngoài nhà nước");
    expect(sectorName("moi")).toBe("moi");
  });
});

describe("moments", () => {
  it("are read on Vietnam's clock", () => {
    expect(formatDateTime("2026-11-29T18:30:00.000Z")).toBe("30/11/2026 01:30");
    expect(formatDateTime("2026-11-30T01:05:09Z")).toBe("30/11/2026 08:05");
    expect(formatDateTime("")).toBe("");
  });
});
