#include "generate/vietnamese_names.h"

#include <utility>

namespace tochuc::generate {
namespace {

// Shares per mille among Kinh people (national surname statistics, rounded):
// with the other ethnic groups mixed in, Nguyễn ends near 38 % of members.
constexpr Weighted kKinhFamilies[] = {
    {"Nguyễn", 440}, {"Trần", 110}, {"Lê", 95},    {"Phạm", 70}, {"Phan", 45},  {"Hoàng", 35},
    {"Đặng", 21},    {"Vũ", 20},    {"Bùi", 20},   {"Võ", 19},   {"Huỳnh", 16}, {"Đỗ", 14},
    {"Hồ", 13},      {"Ngô", 13},   {"Dương", 10}, {"Đào", 6},   {"Đoàn", 6},   {"Lý", 5},
    {"Trịnh", 5},    {"Trương", 5}, {"Đinh", 5},   {"Lương", 4}, {"Mai", 4},    {"Cao", 4},
    {"Hà", 4},       {"Lâm", 3},    {"Tạ", 2},     {"Phùng", 2}, {"Tô", 2},     {"Thái", 2},
    {"Châu", 2},     {"Lưu", 2},    {"Kiều", 1},   {"Quách", 1}, {"Vương", 1},  {"Triệu", 1},
    {"La", 1},       {"Chu", 1},    {"Khúc", 1},   {"Tăng", 1},
};
constexpr Weighted kHoaFamilies[] = {
    {"Lâm", 12}, {"Trương", 10}, {"Lý", 10},  {"Quách", 6}, {"Hứa", 6},  {"Châu", 6},
    {"Mã", 5},   {"Diệp", 4},    {"Tăng", 4}, {"Lưu", 6},   {"Trần", 8}, {"Hoàng", 5},
};
constexpr Weighted kTayNungFamilies[] = {
    {"Hoàng", 20}, {"Nông", 15}, {"Lương", 8}, {"Lục", 6},  {"Hà", 8},     {"Ma", 5},
    {"Triệu", 6},  {"Vi", 5},    {"Lý", 5},    {"Đinh", 4}, {"Nguyễn", 8}, {"Chu", 3},
};
constexpr Weighted kThaiFamilies[] = {
    {"Lò", 15}, {"Lường", 12}, {"Cầm", 8}, {"Quàng", 6},
    {"Vi", 6},  {"Hà", 10},    {"Lộc", 4}, {"Tòng", 4},
};
constexpr Weighted kMuongFamilies[] = {
    {"Bùi", 25}, {"Đinh", 20}, {"Quách", 10}, {"Hà", 10}, {"Xa", 4}, {"Nguyễn", 6},
};
constexpr Weighted kHmongFamilies[] = {
    {"Giàng", 15}, {"Sùng", 12}, {"Vàng", 12}, {"Thào", 10}, {"Mùa", 8}, {"Lầu", 6}, {"Hờ", 5},
};
constexpr Weighted kDaoFamilies[] = {
    {"Triệu", 20}, {"Bàn", 15}, {"Đặng", 12}, {"Lý", 8}, {"Phùng", 6}, {"Chảo", 5},
};
constexpr Weighted kKhmerFamilies[] = {
    {"Thạch", 20}, {"Sơn", 15}, {"Kim", 12}, {"Danh", 12}, {"Lâm", 6}, {"Trà", 4}, {"Châu", 4},
};

// Middle names shift with the generations: "Văn" and "Thị" dominate among
// people born before 1975 and give way to others after.
constexpr Weighted kOlderMaleMiddles[] = {
    {"Văn", 55}, {"Hữu", 7},  {"Đức", 6},  {"Quang", 5}, {"Đình", 6},  {"Công", 5},
    {"Xuân", 4}, {"Minh", 4}, {"Ngọc", 3}, {"Bá", 2},    {"Trọng", 2}, {"Thanh", 4},
};
constexpr Weighted kYoungerMaleMiddles[] = {
    {"Văn", 30}, {"Minh", 9}, {"Đức", 8},  {"Quốc", 6}, {"Hoàng", 5}, {"Thanh", 6}, {"Hữu", 6},
    {"Ngọc", 4}, {"Đình", 5}, {"Công", 5}, {"Xuân", 4}, {"Gia", 3},   {"Duy", 4},   {"Anh", 3},
};
constexpr Weighted kOlderFemaleMiddles[] = {
    {"Thị", 80}, {"Ngọc", 5}, {"Thanh", 5}, {"Kim", 4}, {"Thu", 3}, {"Hồng", 3},
};
constexpr Weighted kYoungerFemaleMiddles[] = {
    {"Thị", 45}, {"Ngọc", 9}, {"Thanh", 7}, {"Thu", 6}, {"Thúy", 4},  {"Phương", 5}, {"Minh", 4},
    {"Hồng", 4}, {"Kim", 4},  {"Mai", 3},   {"Bảo", 3}, {"Khánh", 3}, {"Quỳnh", 2},  {"Diệu", 2},
};

constexpr Weighted kMaleGivens[] = {
    {"An", 3},    {"Bình", 4},  {"Cường", 4}, {"Dũng", 5},  {"Đức", 4},   {"Hải", 5},
    {"Hùng", 6},  {"Hưng", 4},  {"Huy", 4},   {"Khánh", 3}, {"Long", 4},  {"Minh", 5},
    {"Nam", 5},   {"Phong", 3}, {"Phúc", 3},  {"Quang", 3}, {"Quân", 3},  {"Sơn", 5},
    {"Tài", 2},   {"Thắng", 4}, {"Thành", 5}, {"Tiến", 3},  {"Toàn", 3},  {"Trung", 4},
    {"Tuấn", 6},  {"Tùng", 3},  {"Việt", 3},  {"Vinh", 3},  {"Hòa", 3},   {"Hiếu", 3},
    {"Hoàng", 3}, {"Kiên", 2},  {"Lâm", 2},   {"Mạnh", 3},  {"Nghĩa", 3}, {"Phương", 2},
    {"Tâm", 2},   {"Thịnh", 2}, {"Thọ", 2},   {"Tú", 2},    {"Vũ", 2},    {"Dương", 2},
    {"Đạt", 3},   {"Duy", 2},   {"Khoa", 2},  {"Lộc", 2},   {"Lực", 1},   {"Chiến", 2},
    {"Công", 1},  {"Hậu", 2},   {"Thuận", 2}, {"Quyết", 1}, {"Trí", 2},   {"Tuyên", 1},
    {"Thủy", 1},  {"Lý", 1},
};
constexpr Weighted kFemaleGivens[] = {
    {"Anh", 4},    {"Bích", 2},  {"Chi", 2},   {"Dung", 3},  {"Giang", 3}, {"Hà", 4},
    {"Hạnh", 3},   {"Hằng", 4},  {"Hiền", 4},  {"Hoa", 4},   {"Hồng", 3},  {"Hương", 6},
    {"Huyền", 4},  {"Lan", 4},   {"Liên", 3},  {"Linh", 5},  {"Loan", 3},  {"Mai", 4},
    {"Minh", 2},   {"Nga", 4},   {"Ngân", 2},  {"Ngọc", 3},  {"Nhung", 3}, {"Oanh", 2},
    {"Phương", 4}, {"Quyên", 2}, {"Quỳnh", 3}, {"Tâm", 2},   {"Thảo", 5},  {"Thanh", 3},
    {"Thu", 3},    {"Thủy", 5},  {"Trang", 5}, {"Tuyết", 2}, {"Vân", 3},   {"Yến", 3},
    {"Xuân", 2},   {"Lý", 1},    {"Lệ", 1},    {"Nhàn", 2},  {"Thúy", 3},  {"Hường", 2},
    {"Duyên", 2},  {"Thắm", 2},  {"Ly", 2},    {"Mỹ", 1},    {"Thy", 1},   {"Diệp", 1},
};

constexpr Weighted kHmongMaleGivens[] = {
    {"Páo", 4}, {"Dình", 3}, {"Sử", 3}, {"Lử", 2}, {"Chứ", 3}, {"Tủa", 2}, {"Pó", 2}, {"Chơ", 2},
};
constexpr Weighted kHmongFemaleGivens[] = {
    {"Mỷ", 3}, {"Dợ", 3}, {"Sua", 2}, {"Mai", 2}, {"Xá", 2}, {"Pàng", 2},
};
constexpr Weighted kKhmerGivens[] = {
    {"Sóc", 3}, {"Phol", 2}, {"Sa Rết", 2}, {"Sô Phal", 2}, {"Dươl", 2},
    {"Ken", 2}, {"Na", 2},   {"Sà Ly", 2},  {"Thươl", 1},   {"Sơ Rây", 2},
};

// Given names that records commonly spell with the wrong tone mark, paired
// with a spelling the person actually uses.
constexpr std::pair<std::string_view, std::string_view> kRespellings[] = {
    {"Thủy", "Thụy"},   {"Hương", "Hường"}, {"Hường", "Hương"}, {"Ly", "Lý"}, {"Lý", "Ly"},
    {"Thúy", "Thùy"},   {"Thắm", "Thấm"},   {"Thy", "Thi"},     {"Mỹ", "Mĩ"}, {"Tú", "Tứ"},
    {"Quyên", "Quyền"}, {"Huyền", "Huyên"}, {"Tuyên", "Tuyền"},
};

// The family names customary for an ethnicity (Kinh's for any group
// without a table here: Mường and Hoa have their own, many others use
// Kinh-style names in their records).
std::span<const Weighted> FamiliesFor(std::string_view ethnicity) {
  if (ethnicity == "Tày" || ethnicity == "Nùng") return kTayNungFamilies;
  if (ethnicity == "Thái") return kThaiFamilies;
  if (ethnicity == "Mường") return kMuongFamilies;
  if (ethnicity == "H'Mông") return kHmongFamilies;
  if (ethnicity == "Dao") return kDaoFamilies;
  if (ethnicity == "Khmer") return kKhmerFamilies;
  if (ethnicity == "Hoa") return kHoaFamilies;
  return kKinhFamilies;
}

std::string Join(std::string_view family, std::string_view middle, std::string_view given) {
  std::string name(family);
  name += ' ';
  if (!middle.empty()) {
    name += middle;
    name += ' ';
  }
  name += given;
  return name;
}

constexpr int kGenerationShiftYear = 1975;

}  // namespace

std::string RandomFullName(Random& rng, Sex sex, int birth_year, std::string_view ethnicity) {
  const bool male = sex == Sex::kMale;
  const std::string_view family = PickWeighted(rng, FamiliesFor(ethnicity));
  // H'Mông men carry "A" as their middle name; Khmer names often have none.
  if (ethnicity == "H'Mông") {
    return Join(
        family, male ? "A" : "Thị",
        PickWeighted(rng, male ? std::span<const Weighted>(kHmongMaleGivens) : kHmongFemaleGivens));
  }
  if (ethnicity == "Khmer") {
    return Join(family, male ? "" : "Thị", PickWeighted(rng, kKhmerGivens));
  }
  const bool older = birth_year < kGenerationShiftYear;
  const std::span<const Weighted> middles =
      male ? (older ? std::span<const Weighted>(kOlderMaleMiddles) : kYoungerMaleMiddles)
           : (older ? std::span<const Weighted>(kOlderFemaleMiddles) : kYoungerFemaleMiddles);
  const std::string_view middle = PickWeighted(rng, middles);
  std::string_view given = middle;
  // "Nguyễn Minh Minh" is not a name: draw again until the two differ.
  while (given == middle)
    given = PickWeighted(rng, male ? std::span<const Weighted>(kMaleGivens) : kFemaleGivens);
  return Join(family, middle, given);
}

std::optional<std::string> RespelledName(std::string_view full_name) {
  const size_t last_space = full_name.rfind(' ');
  if (last_space == std::string_view::npos) return std::nullopt;
  const std::string_view given = full_name.substr(last_space + 1);
  for (const auto& [wrong, right] : kRespellings) {
    if (given == wrong)
      return std::string(full_name.substr(0, last_space + 1)) + std::string(right);
  }
  return std::nullopt;
}

}  // namespace tochuc::generate
