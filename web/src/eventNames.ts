// Each ledger event's name in Vietnamese, as a member's history and the
// corrections page show it.
export const eventNames: Record<string, string> = {
  "member.registered": "Nhập hồ sơ",
  "member.admitted": "Kết nạp",
  "member.recognized_official": "Công nhận chính thức",
  "member.probation_removed": "Xóa tên dự bị",
  "member.transferred": "Chuyển sinh hoạt",
  "member.transferred_out": "Chuyển đi",
  "member.transferred_in": "Chuyển đến",
  "member.exempted": "Miễn sinh hoạt",
  "member.exemption_ended": "Hết miễn sinh hoạt",
  "member.removed": "Xóa tên",
  "member.expelled": "Khai trừ",
  "member.died": "Từ trần",
  "member.readmitted": "Kết nạp lại",
  "member.corrected": "Sửa hồ sơ",
  "org.established": "Thành lập tổ chức",
  "org.renamed": "Đổi tên tổ chức",
  "org.moved": "Chuyển tổ chức",
  "org.merged": "Hợp nhất tổ chức",
  "org.dissolved": "Giải thể tổ chức",
};
