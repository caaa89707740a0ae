// Catalogs of the agencies, schools and enterprises that have party
// organizations, at district and provincial level, and of the departments
// inside them: the names a real province's tree is made of.
//
// Names are templates: "{area}" stands for the district as written in names
// ("huyện Yên Thành"), "{place}" for a fresh place name, "{province}" for
// the province's name. Every string is NFC UTF-8.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "generate/cell_sizes.h"

namespace tochuc::generate {

// The inner structure a unit committee has.
enum class UnitFlavor : uint8_t { kOffice, kHospital, kCollege, kEnterprise, kPolice, kMilitary };

struct UnitTemplate {
  std::string_view name;
  std::string_view sector;
  SizeClass size = SizeClass::kAgency;
  UnitFlavor flavor = UnitFlavor::kOffice;  // for committees
};

// Grassroots cells of a district, in the order districts have them (the
// first ones exist everywhere, enterprises fill the rest).
std::span<const UnitTemplate> DistrictUnitCells();
// The district police and military, grassroots committees with cells.
std::span<const UnitTemplate> DistrictForceCommittees();
// Grassroots committees and cells under the bloc of provincial agencies.
std::span<const UnitTemplate> ProvincialAgencyCommittees();
std::span<const UnitTemplate> ProvincialAgencyCells();
// Grassroots committees and cells under the bloc of enterprises.
std::span<const UnitTemplate> EnterpriseCommittees();
std::span<const UnitTemplate> EnterpriseCells();
// Units that fill a catalog once it runs out: private enterprises.
std::span<const UnitTemplate> ExtraEnterpriseCells();

// The departments of a committee of that flavor that have their own cells.
std::span<const std::string_view> DepartmentsOf(UnitFlavor flavor);
// Divisions large committees group their cells in (partial committees).
std::span<const std::string_view> DivisionsOf(UnitFlavor flavor);
// The cells of a division's partial committee.
std::span<const std::string_view> DivisionCells(UnitFlavor flavor);

struct NameParts {
  std::string_view area;
  std::string_view place;
  std::string_view province;
};
// The template with its placeholders filled in.
std::string FillName(std::string_view name_template, const NameParts& parts);

}  // namespace tochuc::generate
