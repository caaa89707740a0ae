#include "generate/place_names.h"

#include <fmt/format.h>

#include <string_view>

namespace tochuc::generate {
namespace {

constexpr std::string_view kFirstSyllables[] = {
    "An",    "Bình",  "Cẩm",    "Đại",   "Đông",  "Đức",   "Gia",   "Hải",  "Hòa",   "Hồng",
    "Hưng",  "Hương", "Khánh",  "Kim",   "Lạc",   "Lâm",   "Long",  "Minh", "Mỹ",    "Nam",
    "Nghĩa", "Ngọc",  "Phú",    "Phúc",  "Phước", "Quảng", "Quang", "Sơn",  "Tam",   "Tân",
    "Tây",   "Thạch", "Thái",   "Thanh", "Thạnh", "Thiện", "Thịnh", "Thọ",  "Thuận", "Thượng",
    "Tiên",  "Trung", "Trường", "Vạn",   "Vĩnh",  "Xuân",  "Yên",   "Bắc",  "Cát",   "Diên",
    "Hiệp",  "Hoàng", "Lộc",    "Lương", "Mai",   "Nhơn",  "Quế",   "Tịnh", "Triệu", "Tường",
};
constexpr std::string_view kSecondSyllables[] = {
    "An",    "Bình", "Hòa",   "Lợi",  "Lộc",   "Phong", "Phú",  "Sơn",   "Thành", "Thịnh",
    "Thuận", "Tiến", "Trung", "Hưng", "Lập",   "Mỹ",    "Ninh", "Khê",   "Giang", "Hà",
    "Điền",  "Đồng", "Hạ",    "Châu", "Cường", "Hải",   "Lâm",  "Long",  "Nghĩa", "Phước",
    "Quang", "Tân",  "Thạnh", "Thủy", "Xá",    "Yên",   "Hội",  "Định",  "Hiệp",  "Tây",
    "Đông",  "Nam",  "Bắc",   "Kim",  "Minh",  "Xuân",  "Vinh", "Tường", "Thái",  "Phúc",
};

constexpr std::string_view kProvinceNames[] = {
    "Sơn Hà", "Đông Giang", "Bình Lâm", "Hà Sơn", "Nam Thạnh", "Trường Giang",
};

// Provinces and cities members commonly move to, before and after the 2025
// merger of provinces (63 became 34).
constexpr std::string_view kDestinationsBefore2025[] = {
    "Đảng bộ thành phố Hồ Chí Minh", "Đảng bộ thành phố Hà Nội",
    "Đảng bộ tỉnh Bình Dương",       "Đảng bộ tỉnh Đồng Nai",
    "Đảng bộ thành phố Đà Nẵng",     "Đảng bộ tỉnh Bắc Ninh",
    "Đảng bộ thành phố Hải Phòng",   "Đảng bộ tỉnh Nghệ An",
    "Đảng bộ tỉnh Thanh Hóa",        "Đảng bộ tỉnh Long An",
    "Đảng bộ thành phố Cần Thơ",     "Đảng bộ tỉnh Khánh Hòa",
    "Đảng bộ tỉnh Đắk Lắk",          "Đảng bộ tỉnh Quảng Ninh",
    "Đảng bộ tỉnh Lâm Đồng",         "Đảng bộ Quân đội",
    "Đảng bộ Công an Trung ương",
};
constexpr std::string_view kDestinationsFrom2025[] = {
    "Đảng bộ thành phố Hồ Chí Minh", "Đảng bộ thành phố Hà Nội", "Đảng bộ tỉnh Đồng Nai",
    "Đảng bộ thành phố Đà Nẵng",     "Đảng bộ tỉnh Bắc Ninh",    "Đảng bộ thành phố Hải Phòng",
    "Đảng bộ tỉnh Nghệ An",          "Đảng bộ tỉnh Thanh Hóa",   "Đảng bộ tỉnh Tây Ninh",
    "Đảng bộ thành phố Cần Thơ",     "Đảng bộ tỉnh Khánh Hòa",   "Đảng bộ tỉnh Đắk Lắk",
    "Đảng bộ tỉnh Quảng Ninh",       "Đảng bộ tỉnh Lâm Đồng",    "Đảng bộ Quân đội",
    "Đảng bộ Công an Trung ương",
};

const Date kProvinceMergerDay = Date::FromCivil(2025, 7, 1);

// The party organizations directly under the Central Committee that are not
// provinces; the two central blocs gave way to four new committees in
// February 2025.
constexpr std::string_view kCentralPartiesBefore2025[] = {
    "Đảng bộ Quân đội",
    "Đảng bộ Công an Trung ương",
    "Đảng bộ Khối các cơ quan Trung ương",
    "Đảng bộ Khối Doanh nghiệp Trung ương",
};
constexpr std::string_view kCentralPartiesFrom2025[] = {
    "Đảng bộ Quân đội",
    "Đảng bộ Công an Trung ương",
    "Đảng bộ các cơ quan Đảng Trung ương",
    "Đảng bộ Chính phủ",
    "Đảng bộ Quốc hội",
    "Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương",
};
const Date kCentralPartiesReorganizedDay = Date::FromCivil(2025, 2, 1);

// Tries before a numbered name is used instead of a fresh combination.
constexpr int kFreshNameTries = 40;

}  // namespace

std::string PlaceNamer::Next(Random& rng) {
  for (int attempt = 0; attempt < kFreshNameTries; ++attempt) {
    const std::string_view first = rng.Pick(kFirstSyllables);
    const std::string_view second = rng.Pick(kSecondSyllables);
    if (first == second) continue;
    std::string name = fmt::format("{} {}", first, second);
    if (used_.insert(name).second) return name;
  }
  for (int number = 2;; ++number) {
    std::string name =
        fmt::format("{} {} {}", rng.Pick(kFirstSyllables), rng.Pick(kSecondSyllables), number);
    if (used_.insert(name).second) return name;
  }
}

std::string ProvinceName(Random& rng) { return std::string(rng.Pick(kProvinceNames)); }

std::string RandomDestination(Random& rng, Date day) {
  return std::string(day < kProvinceMergerDay ? rng.Pick(kDestinationsBefore2025)
                                              : rng.Pick(kDestinationsFrom2025));
}

std::string RandomOrigin(Random& rng, Date day) { return RandomDestination(rng, day); }

std::string RandomCentralParty(Random& rng, Date day) {
  return std::string(day < kCentralPartiesReorganizedDay ? rng.Pick(kCentralPartiesBefore2025)
                                                         : rng.Pick(kCentralPartiesFrom2025));
}

}  // namespace tochuc::generate
