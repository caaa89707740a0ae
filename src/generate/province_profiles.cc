#include "generate/province_profiles.h"

namespace tochuc::generate {
namespace {

// Thousands add up to 5,500.
constexpr ProvinceProfile kProvinces[] = {
    {1, "Hà Nội", 400, true, false, ""},
    {2, "Hà Giang", 50, false, false, "Tuyên Quang"},
    {3, "Cao Bằng", 45, false, false, ""},
    {4, "Bắc Kạn", 32, false, false, "Thái Nguyên"},
    {5, "Tuyên Quang", 62, false, false, ""},
    {6, "Lào Cai", 58, false, false, ""},
    {7, "Điện Biên", 45, false, false, ""},
    {8, "Lai Châu", 33, false, false, ""},
    {9, "Sơn La", 85, false, false, ""},
    {10, "Yên Bái", 62, false, false, "Lào Cai"},
    {11, "Hòa Bình", 68, false, false, "Phú Thọ"},
    {12, "Thái Nguyên", 105, false, false, ""},
    {13, "Lạng Sơn", 62, false, false, ""},
    {14, "Quảng Ninh", 125, false, false, ""},
    {15, "Bắc Giang", 105, false, false, "Bắc Ninh"},
    {16, "Phú Thọ", 110, false, false, ""},
    {17, "Vĩnh Phúc", 82, false, false, "Phú Thọ"},
    {18, "Bắc Ninh", 82, false, false, ""},
    {19, "Hải Dương", 118, false, false, "Hải Phòng"},
    {20, "Hải Phòng", 160, true, false, ""},
    {21, "Hưng Yên", 82, false, false, ""},
    {22, "Thái Bình", 125, false, false, "Hưng Yên"},
    {23, "Hà Nam", 56, false, false, "Ninh Bình"},
    {24, "Nam Định", 125, false, false, "Ninh Bình"},
    {25, "Ninh Bình", 72, false, false, ""},
    {26, "Thanh Hóa", 250, false, false, ""},
    {27, "Nghệ An", 230, false, false, ""},
    {28, "Hà Tĩnh", 105, false, false, ""},
    {29, "Quảng Bình", 66, false, false, "Quảng Trị"},
    {30, "Quảng Trị", 50, false, false, ""},
    {31, "Thừa Thiên Huế", 60, false, false, ""},
    {32, "Đà Nẵng", 72, true, false, ""},
    {33, "Quảng Nam", 92, false, false, "Đà Nẵng"},
    {34, "Quảng Ngãi", 72, false, false, ""},
    {35, "Bình Định", 86, false, false, "Gia Lai"},
    {36, "Phú Yên", 50, false, false, "Đắk Lắk"},
    {37, "Khánh Hòa", 66, false, false, ""},
    {38, "Ninh Thuận", 33, false, false, "Khánh Hòa"},
    {39, "Bình Thuận", 60, false, false, "Lâm Đồng"},
    {40, "Kon Tum", 33, false, false, "Quảng Ngãi"},
    {41, "Gia Lai", 80, false, false, ""},
    {42, "Đắk Lắk", 88, false, false, ""},
    {43, "Đắk Nông", 38, false, false, "Lâm Đồng"},
    {44, "Lâm Đồng", 66, false, false, ""},
    {45, "Bình Phước", 55, false, true, "Đồng Nai"},
    {46, "Tây Ninh", 55, false, true, ""},
    {47, "Bình Dương", 78, false, true, "Hồ Chí Minh"},
    {48, "Đồng Nai", 125, false, true, ""},
    {49, "Bà Rịa - Vũng Tàu", 60, false, true, "Hồ Chí Minh"},
    {50, "Hồ Chí Minh", 350, true, true, ""},
    {51, "Long An", 82, false, true, "Tây Ninh"},
    {52, "Tiền Giang", 82, false, true, "Đồng Tháp"},
    {53, "Bến Tre", 72, false, true, "Vĩnh Long"},
    {54, "Trà Vinh", 50, false, true, "Vĩnh Long"},
    {55, "Vĩnh Long", 55, false, true, ""},
    {56, "Đồng Tháp", 82, false, true, ""},
    {57, "An Giang", 82, false, true, ""},
    {58, "Kiên Giang", 80, false, true, "An Giang"},
    {59, "Cần Thơ", 60, true, true, ""},
    {60, "Hậu Giang", 38, false, true, "Cần Thơ"},
    {61, "Sóc Trăng", 55, false, true, "Cần Thơ"},
    {62, "Bạc Liêu", 38, false, true, "Cà Mau"},
    {63, "Cà Mau", 55, false, true, ""},
};

constexpr ProvinceProfile kSmallNation[] = {
    kProvinces[1],  // Hà Giang
    kProvinces[2],  // Cao Bằng
    kProvinces[4],  // Tuyên Quang
};

}  // namespace

std::span<const ProvinceProfile> VietnamProvinces() { return kProvinces; }

std::span<const ProvinceProfile> SmallNationProvinces() { return kSmallNation; }

}  // namespace tochuc::generate
