import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { Org } from "../api";
import { lineOf as memberLineOf } from "./MemberEventForm";
import { lineOf as newMemberLineOf } from "./NewMemberForm";
import { lineOf as orgLineOf } from "./OrgEventForm";

const org: Org = {
  code: "K03", name: "Đảng bộ Khối", kind: "upper_committee", sector: "khoi", established_on: "2015-01-01",
  life: "alive", ended_on: null, parent: "T", parent_name: "Đảng bộ tỉnh", members: 413, children: 8, live_children: 8,
};
const date = dayjs("2025-12-31");

describe("the ledger line an org form sends", () => {
  it("establishes a new org under this one and lands on it", () => {
    const { line, landing } = orgLineOf(org, {
      type: "org.established", date, doc: " 46-QĐ/TU ", org: " K03-CB1 ", name: " Chi bộ Thôn Mới ", kind: "grassroots_cell", sector: "xa",
    });
    expect(line).toEqual({
      type: "org.established", date: "2025-12-31", doc: "46-QĐ/TU", org: "K03-CB1", name: "Chi bộ Thôn Mới",
      kind: "grassroots_cell", sector: "xa", parent: "K03",
    });
    expect(landing).toBe("K03-CB1");
  });
  it("merges the listed orgs into the receiving one and lands there", () => {
    const { line, landing } = orgLineOf(org, { type: "org.merged", date, orgs: ["K03", " K04 ", ""], into: "K09" });
    expect(line).toEqual({ type: "org.merged", date: "2025-12-31", orgs: ["K03", "K04"], into: "K09" });
    expect(landing).toBe("K09");
  });
  it("renames, moves and dissolves this org, staying on it", () => {
    expect(orgLineOf(org, { type: "org.renamed", date, name: "Tên mới" })).toEqual({
      line: { type: "org.renamed", date: "2025-12-31", org: "K03", name: "Tên mới" }, landing: "K03" });
    expect(orgLineOf(org, { type: "org.moved", date, parent: "T2" }).line).toEqual({
      type: "org.moved", date: "2025-12-31", org: "K03", parent: "T2" });
    expect(orgLineOf(org, { type: "org.dissolved", date, doc: "" }).line).toEqual({
      type: "org.dissolved", date: "2025-12-31", org: "K03" });
  });
});

describe("the ledger line a member form sends", () => {
  it("sends only the fields of the type chosen", () => {
    expect(memberLineOf("M1", { type: "member.transferred", date, to: " C0101 ", destination: "ignored" })).toEqual({
      type: "member.transferred", date: "2025-12-31", member: "M1", to: "C0101" });
    expect(memberLineOf("M1", { type: "member.removed", date, reason: "dropped_out", doc: "5-QĐ" })).toEqual({
      type: "member.removed", date: "2025-12-31", member: "M1", doc: "5-QĐ", reason: "dropped_out" });
  });
  it("corrects only the fields given", () => {
    expect(memberLineOf("M1", { type: "member.corrected", date, name: " Lê Văn A ", education: "" })).toEqual({
      type: "member.corrected", date: "2025-12-31", member: "M1", person: { name: "Lê Văn A" } });
  });
});

describe("the ledger line a new member's form sends", () => {
  const person = {
    member: " M9 ", date, name: " Lò Văn Đến ", sex: "M" as const, born_on: dayjs("1980-09-02"), ethnicity: "Thái",
    religion: "none", education: "12/12", theory_level: "intermediate", youth_union: false,
  };
  it("admits without a status or admission dates", () => {
    const line = newMemberLineOf("member.admitted", "C01", { ...person, status: "official", admitted_on: date });
    expect(line).toEqual({
      type: "member.admitted", date: "2025-12-31", member: "M9", org: "C01",
      person: { name: "Lò Văn Đến", sex: "M", born_on: "1980-09-02", ethnicity: "Thái", religion: "none", education: "12/12",
        theory_level: "intermediate", youth_union: false },
    });
  });
  it("brings the status and dates of one arriving from outside", () => {
    const line = newMemberLineOf("member.transferred_in", "C01", {
      ...person, status: "official", admitted_on: dayjs("2005-05-19"), official_on: dayjs("2006-05-19") });
    expect([line.type, line.status, line.admitted_on, line.official_on]).toEqual(["member.transferred_in", "official", "2005-05-19", "2006-05-19"]);
  });
  it("sends no official date for a probationary member", () => {
    const line = newMemberLineOf("member.registered", "C01", {
      ...person, status: "probationary", admitted_on: dayjs("2025-06-01"), official_on: dayjs("2026-06-01") });
    expect([line.status, line.official_on]).toEqual(["probationary", null]);
  });
});
