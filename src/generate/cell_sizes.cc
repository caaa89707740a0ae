#include "generate/cell_sizes.h"

#include <span>

namespace tochuc::generate {
namespace {

struct Band {
  uint32_t permille;  // share of orgs of the class in this band
  int low, high;      // members, both included
};

// Bands per class; the shares of a class add up to 1000.
constexpr Band kHamletBands[] = {{30, 3, 5}, {120, 6, 9}, {700, 10, 35}, {150, 36, 60}};
constexpr Band kUrbanBlockBands[] = {{30, 3, 5}, {690, 12, 45}, {220, 46, 90}, {60, 120, 380}};
constexpr Band kCommuneSchoolBands[] = {{1000, 8, 25}};
constexpr Band kClinicBands[] = {{1000, 3, 8}};
constexpr Band kCommuneForceBands[] = {{1000, 4, 12}};
constexpr Band kCommuneOfficeBands[] = {{1000, 10, 25}};
constexpr Band kAgencyBands[] = {{50, 3, 5}, {950, 8, 30}};
constexpr Band kSchoolBands[] = {{1000, 15, 45}};
constexpr Band kHospitalBands[] = {{900, 20, 70}, {100, 120, 250}};
constexpr Band kStateEnterpriseBands[] = {{950, 8, 40}, {50, 100, 200}};
constexpr Band kPrivateEnterpriseBands[] = {{150, 3, 5}, {780, 6, 18}, {70, 100, 300}};
constexpr Band kDepartmentBands[] = {{40, 3, 5}, {900, 8, 40}, {60, 120, 300}};
constexpr Band kForceUnitBands[] = {{1000, 6, 30}};

std::span<const Band> BandsOf(SizeClass size_class) {
  switch (size_class) {
    case SizeClass::kHamlet: return kHamletBands;
    case SizeClass::kUrbanBlock: return kUrbanBlockBands;
    case SizeClass::kCommuneSchool: return kCommuneSchoolBands;
    case SizeClass::kClinic: return kClinicBands;
    case SizeClass::kCommuneForce: return kCommuneForceBands;
    case SizeClass::kCommuneOffice: return kCommuneOfficeBands;
    case SizeClass::kAgency: return kAgencyBands;
    case SizeClass::kSchool: return kSchoolBands;
    case SizeClass::kHospital: return kHospitalBands;
    case SizeClass::kStateEnterprise: return kStateEnterpriseBands;
    case SizeClass::kPrivateEnterprise: return kPrivateEnterpriseBands;
    case SizeClass::kDepartment: return kDepartmentBands;
    case SizeClass::kForceUnit: return kForceUnitBands;
  }
  return kAgencyBands;
}

}  // namespace

uint32_t PlannedSize(Random& rng, SizeClass size_class) {
  const std::span<const Band> bands = BandsOf(size_class);
  uint64_t draw = rng.Below(1000);
  for (const Band& band : bands) {
    if (draw < band.permille) return static_cast<uint32_t>(rng.Int(band.low, band.high));
    draw -= band.permille;
  }
  return static_cast<uint32_t>(rng.Int(bands.back().low, bands.back().high));
}

}  // namespace tochuc::generate
