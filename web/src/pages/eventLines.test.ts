import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { Org } from "../api";
import { lineOf as memberLineOf } from "./MemberEventForm";
import { lineOf as orgLineOf } from "./OrgEventForm";

const org: Org = {
  code: "K03", name: "Đảng bộ Khối", kind: "upper_committee", sector: "khoi", established_on: "2015-01-01",
  life: "alive", ended_on: null, parent: "T", members: 413, children: 8, live_children: 8,
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
