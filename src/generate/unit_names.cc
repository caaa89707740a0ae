#include "generate/unit_names.h"

#include <fmt/format.h>

namespace tochuc::generate {
namespace {

constexpr std::string_view kAgency = "co_quan";
constexpr std::string_view kService = "su_nghiep";
constexpr std::string_view kState = "dn_nha_nuoc";
constexpr std::string_view kPrivate = "dn_ngoai_nha_nuoc";

using S = SizeClass;
using F = UnitFlavor;

constexpr UnitTemplate kDistrictUnitCells[] = {
    {"Văn phòng HĐND và UBND {area}", kAgency, S::kAgency},
    {"Trường THPT {place}", kService, S::kSchool},
    {"Trung tâm Y tế {area}", kService, S::kHospital},
    {"Điện lực {area}", kState, S::kStateEnterprise},
    {"Công ty TNHH {place}", kPrivate, S::kPrivateEnterprise},
    {"Phòng Giáo dục và Đào tạo {area}", kAgency, S::kAgency},
    {"Chi cục Thuế {area}", kAgency, S::kAgency},
    {"Phòng Tài chính - Kế hoạch {area}", kAgency, S::kAgency},
    {"Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh {area}", kState, S::kStateEnterprise},
    {"Tòa án nhân dân {area}", kAgency, S::kAgency},
    {"Viện Kiểm sát nhân dân {area}", kAgency, S::kAgency},
    {"Phòng Nội vụ {area}", kAgency, S::kAgency},
    {"Kho bạc Nhà nước {area}", kAgency, S::kAgency},
    {"Bảo hiểm xã hội {area}", kAgency, S::kAgency},
    {"Phòng Tài nguyên và Môi trường {area}", kAgency, S::kAgency},
    {"Phòng Nông nghiệp và Phát triển nông thôn {area}", kAgency, S::kAgency},
    {"Phòng Kinh tế - Hạ tầng {area}", kAgency, S::kAgency},
    {"Phòng Văn hóa và Thông tin {area}", kAgency, S::kAgency},
    {"Phòng Lao động - Thương binh và Xã hội {area}", kAgency, S::kAgency},
    {"Phòng Tư pháp {area}", kAgency, S::kAgency},
    {"Thanh tra {area}", kAgency, S::kAgency},
    {"Chi cục Thi hành án dân sự {area}", kAgency, S::kAgency},
    {"Chi cục Thống kê {area}", kAgency, S::kAgency},
    {"Hạt Kiểm lâm {area}", kAgency, S::kAgency},
    {"Trung tâm Văn hóa - Thể thao {area}", kService, S::kAgency},
    {"Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên {area}", kService, S::kSchool},
    {"Bệnh viện Đa khoa {area}", kService, S::kHospital},
    {"Trường THPT {place}", kService, S::kSchool},
    {"Ngân hàng Chính sách xã hội {area}", kState, S::kStateEnterprise},
    {"Bưu điện {area}", kState, S::kStateEnterprise},
    {"Ban Quản lý dự án đầu tư xây dựng {area}", kService, S::kAgency},
    {"Công ty TNHH MTV Lâm nghiệp {place}", kState, S::kStateEnterprise},
    {"Trường THPT {place}", kService, S::kSchool},
    {"Công ty Cổ phần {place}", kPrivate, S::kPrivateEnterprise},
    {"Hợp tác xã Nông nghiệp {place}", kPrivate, S::kPrivateEnterprise},
};

constexpr UnitTemplate kDistrictForceCommittees[] = {
    {"Công an {area}", "cong_an", S::kForceUnit, F::kPolice},
    {"Quân sự {area}", "quan_doi", S::kForceUnit, F::kMilitary},
};

constexpr UnitTemplate kProvincialAgencyCommittees[] = {
    {"Sở Y tế", kAgency, S::kDepartment, F::kOffice},
    {"Bệnh viện Đa khoa tỉnh", kService, S::kDepartment, F::kHospital},
    {"Sở Giáo dục và Đào tạo", kAgency, S::kDepartment, F::kOffice},
    {"Trường Đại học {province}", kService, S::kDepartment, F::kCollege},
    {"Văn phòng UBND tỉnh", kAgency, S::kDepartment, F::kOffice},
    {"Sở Nông nghiệp và Phát triển nông thôn", kAgency, S::kDepartment, F::kOffice},
    {"Sở Tài chính", kAgency, S::kDepartment, F::kOffice},
    {"Sở Kế hoạch và Đầu tư", kAgency, S::kDepartment, F::kOffice},
    {"Sở Giao thông vận tải", kAgency, S::kDepartment, F::kOffice},
    {"Sở Xây dựng", kAgency, S::kDepartment, F::kOffice},
    {"Sở Công Thương", kAgency, S::kDepartment, F::kOffice},
    {"Sở Tài nguyên và Môi trường", kAgency, S::kDepartment, F::kOffice},
    {"Sở Lao động - Thương binh và Xã hội", kAgency, S::kDepartment, F::kOffice},
    {"Sở Văn hóa, Thể thao và Du lịch", kAgency, S::kDepartment, F::kOffice},
    {"Sở Nội vụ", kAgency, S::kDepartment, F::kOffice},
    {"Cục Thuế tỉnh", kAgency, S::kDepartment, F::kOffice},
    {"Kho bạc Nhà nước tỉnh", kAgency, S::kDepartment, F::kOffice},
    {"Bảo hiểm xã hội tỉnh", kAgency, S::kDepartment, F::kOffice},
    {"Đài Phát thanh và Truyền hình tỉnh", kService, S::kDepartment, F::kOffice},
    {"Báo {province}", kService, S::kDepartment, F::kOffice},
    {"Bệnh viện Y học cổ truyền tỉnh", kService, S::kDepartment, F::kHospital},
    {"Trường Cao đẳng Y tế {province}", kService, S::kDepartment, F::kCollege},
    {"Trường Chính trị tỉnh", kService, S::kDepartment, F::kOffice},
    {"Tòa án nhân dân tỉnh", kAgency, S::kDepartment, F::kOffice},
    {"Viện Kiểm sát nhân dân tỉnh", kAgency, S::kDepartment, F::kOffice},
    {"Sở Khoa học và Công nghệ", kAgency, S::kDepartment, F::kOffice},
    {"Sở Thông tin và Truyền thông", kAgency, S::kDepartment, F::kOffice},
    {"Sở Tư pháp", kAgency, S::kDepartment, F::kOffice},
    {"Thanh tra tỉnh", kAgency, S::kDepartment, F::kOffice},
    {"Ban Quản lý các khu công nghiệp", kAgency, S::kDepartment, F::kOffice},
};

constexpr UnitTemplate kProvincialAgencyCells[] = {
    {"Ban Dân tộc tỉnh", kAgency, S::kAgency},
    {"Cục Thống kê tỉnh", kAgency, S::kAgency},
    {"Sở Ngoại vụ", kAgency, S::kAgency},
    {"Trường THPT Chuyên {province}", kService, S::kSchool},
    {"Trung tâm Kiểm soát bệnh tật tỉnh", kService, S::kHospital},
    {"Liên minh Hợp tác xã tỉnh", kAgency, S::kAgency},
    {"Bảo tàng tỉnh", kService, S::kAgency},
    {"Thư viện tỉnh", kService, S::kAgency},
    {"Bệnh viện Phổi tỉnh", kService, S::kHospital},
    {"Bệnh viện Tâm thần tỉnh", kService, S::kHospital},
    {"Trường Cao đẳng Nghề {province}", kService, S::kSchool},
    {"Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", kService, S::kAgency},
    {"Quỹ Đầu tư phát triển tỉnh", kAgency, S::kAgency},
    {"Trung tâm Công nghệ thông tin và Truyền thông", kService, S::kAgency},
    {"Chi cục Kiểm lâm", kAgency, S::kAgency},
    {"Chi cục Thủy lợi", kAgency, S::kAgency},
    {"Trung tâm Khuyến nông", kService, S::kAgency},
    {"Trường THPT {place}", kService, S::kSchool},
};

constexpr UnitTemplate kEnterpriseCommittees[] = {
    {"Công ty Điện lực {province}", kState, S::kDepartment, F::kEnterprise},
    {"Viễn thông {province}", kState, S::kDepartment, F::kEnterprise},
    {"Bưu điện tỉnh {province}", kState, S::kDepartment, F::kEnterprise},
    {"Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh {province}", kState,
     S::kDepartment, F::kEnterprise},
    {"Công ty TNHH May {place}", kPrivate, S::kDepartment, F::kEnterprise},
    {"Ngân hàng TMCP Công Thương chi nhánh {province}", kState, S::kDepartment, F::kEnterprise},
    {"Công ty Cổ phần Cấp thoát nước {province}", kState, S::kDepartment, F::kEnterprise},
    {"Công ty TNHH MTV Xổ số kiến thiết {province}", kState, S::kDepartment, F::kEnterprise},
    {"Công ty Cổ phần Giày {place}", kPrivate, S::kDepartment, F::kEnterprise},
    {"Công ty TNHH MTV Khai thác công trình thủy lợi {province}", kState, S::kDepartment,
     F::kEnterprise},
    {"Công ty Cổ phần Môi trường đô thị {province}", kPrivate, S::kDepartment, F::kEnterprise},
    {"Công ty Cổ phần Dược phẩm {province}", kPrivate, S::kDepartment, F::kEnterprise},
    {"Công ty Cổ phần Xây dựng {place}", kPrivate, S::kDepartment, F::kEnterprise},
};

constexpr UnitTemplate kEnterpriseCells[] = {
    {"Công ty TNHH {place}", kPrivate, S::kPrivateEnterprise},
    {"Công ty Cổ phần Vận tải {place}", kPrivate, S::kPrivateEnterprise},
    {"Chi nhánh Ngân hàng TMCP Đầu tư và Phát triển {province}", kState, S::kStateEnterprise},
    {"Công ty Cổ phần {place}", kPrivate, S::kPrivateEnterprise},
    {"Công ty TNHH MTV Lâm nghiệp {place}", kState, S::kStateEnterprise},
    {"Công ty Cổ phần Phát triển hạ tầng khu công nghiệp", kPrivate, S::kPrivateEnterprise},
    {"Công ty TNHH Chế biến nông sản {place}", kPrivate, S::kPrivateEnterprise},
    {"Chi nhánh Ngân hàng TMCP Ngoại thương {province}", kState, S::kStateEnterprise},
};

constexpr UnitTemplate kExtraEnterpriseCells[] = {
    {"Công ty TNHH {place}", kPrivate, S::kPrivateEnterprise},
    {"Công ty Cổ phần {place}", kPrivate, S::kPrivateEnterprise},
    {"Công ty TNHH May {place}", kPrivate, S::kPrivateEnterprise},
    {"Công ty Cổ phần Đầu tư {place}", kPrivate, S::kPrivateEnterprise},
};

constexpr std::string_view kOfficeDepartments[] = {
    "Văn phòng",
    "Thanh tra",
    "Phòng Kế hoạch - Tài chính",
    "Phòng Tổ chức cán bộ",
    "Phòng Nghiệp vụ 1",
    "Phòng Nghiệp vụ 2",
    "Phòng Pháp chế",
    "Trung tâm Dịch vụ",
    "Chi cục trực thuộc",
    "Ban Quản lý dự án",
};
constexpr std::string_view kHospitalDepartments[] = {
    "Phòng Hành chính - Quản trị",
    "Phòng Kế hoạch tổng hợp",
    "Khoa Khám bệnh",
    "Khoa Hồi sức cấp cứu",
    "Khoa Nội",
    "Khoa Ngoại",
    "Khoa Sản",
    "Khoa Nhi",
    "Khoa Dược",
};
constexpr std::string_view kCollegeDepartments[] = {
    "Phòng Đào tạo",
    "Phòng Tổ chức - Hành chính",
    "Thư viện",
    "Phòng Công tác sinh viên",
};
constexpr std::string_view kEnterpriseDepartments[] = {
    "Phòng Tổ chức - Hành chính",
    "Phòng Kỹ thuật",
    "Phòng Kinh doanh",
    "Phòng Tài chính - Kế toán",
    "Phân xưởng 1",
    "Phân xưởng 2",
    "Phân xưởng 3",
    "Đội Sản xuất",
    "Đội Quản lý vận hành",
};
constexpr std::string_view kPoliceDepartments[] = {
    "Đội Tham mưu - Tổng hợp",
    "Đội An ninh",
    "Đội Cảnh sát điều tra tội phạm về trật tự xã hội",
    "Đội Cảnh sát giao thông - Trật tự",
    "Đội Cảnh sát quản lý hành chính về trật tự xã hội",
    "Đội Cảnh sát điều tra tội phạm về ma túy",
};
constexpr std::string_view kMilitaryDepartments[] = {
    "Cơ quan Quân sự",
    "Ban Hậu cần - Kỹ thuật",
    "Đại đội Bộ binh",
};

constexpr std::string_view kHospitalDivisions[] = {"Khối Nội", "Khối Ngoại", "Khối Cận lâm sàng"};
constexpr std::string_view kHospitalDivisionCells[] = {
    "Khoa Xét nghiệm",      "Khoa Chẩn đoán hình ảnh",     "Khoa Truyền nhiễm",
    "Khoa Y học cổ truyền", "Khoa Phục hồi chức năng",     "Khoa Tim mạch",
    "Khoa Thần kinh",       "Khoa Chấn thương chỉnh hình",
};
constexpr std::string_view kCollegeDivisions[] = {"Khoa Kinh tế", "Khoa Sư phạm", "Khoa Nông Lâm",
                                                  "Khoa Kỹ thuật - Công nghệ"};
constexpr std::string_view kCollegeDivisionCells[] = {"Giảng viên", "Sinh viên", "Cán bộ"};

}  // namespace

std::span<const UnitTemplate> DistrictUnitCells() { return kDistrictUnitCells; }
std::span<const UnitTemplate> DistrictForceCommittees() { return kDistrictForceCommittees; }
std::span<const UnitTemplate> ProvincialAgencyCommittees() { return kProvincialAgencyCommittees; }
std::span<const UnitTemplate> ProvincialAgencyCells() { return kProvincialAgencyCells; }
std::span<const UnitTemplate> EnterpriseCommittees() { return kEnterpriseCommittees; }
std::span<const UnitTemplate> EnterpriseCells() { return kEnterpriseCells; }
std::span<const UnitTemplate> ExtraEnterpriseCells() { return kExtraEnterpriseCells; }

std::span<const std::string_view> DepartmentsOf(UnitFlavor flavor) {
  switch (flavor) {
    case UnitFlavor::kOffice: return kOfficeDepartments;
    case UnitFlavor::kHospital: return kHospitalDepartments;
    case UnitFlavor::kCollege: return kCollegeDepartments;
    case UnitFlavor::kEnterprise: return kEnterpriseDepartments;
    case UnitFlavor::kPolice: return kPoliceDepartments;
    case UnitFlavor::kMilitary: return kMilitaryDepartments;
  }
  return kOfficeDepartments;
}

std::span<const std::string_view> DivisionsOf(UnitFlavor flavor) {
  if (flavor == UnitFlavor::kHospital) return kHospitalDivisions;
  if (flavor == UnitFlavor::kCollege) return kCollegeDivisions;
  return {};
}

std::span<const std::string_view> DivisionCells(UnitFlavor flavor) {
  if (flavor == UnitFlavor::kHospital) return kHospitalDivisionCells;
  if (flavor == UnitFlavor::kCollege) return kCollegeDivisionCells;
  return {};
}

std::string FillName(std::string_view name_template, const NameParts& parts) {
  return fmt::format(fmt::runtime(name_template), fmt::arg("area", parts.area),
                     fmt::arg("place", parts.place), fmt::arg("province", parts.province));
}

}  // namespace tochuc::generate
