// The province's organization tree as it stands when the ledger opens on
// 2015-01-01, scaled to the number of members asked for.
//
// At 75,000 members it has the shape of a real province (seed article 001:
// 74,127 members in 817 grassroots organizations, 301 grassroots committees
// and 516 grassroots cells): a province committee; about eight districts
// (a city, a town, rural districts) and the two bloc committees of
// provincial agencies and of enterprises; communes and wards with their
// hamlet, school, military and police cells; agencies, schools and
// enterprises as grassroots cells or committees; a few partial committees
// inside large committees and party groups inside large cells. Smaller or
// larger provinces have proportionally fewer or more units of each kind.
//
// Every member-holding org carries the number of members it opens with.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/org_kind.h"
#include "generate/org_codes.h"
#include "generate/place_names.h"
#include "generate/random.h"

namespace tochuc::generate {

// What an org is, beyond its kind: what the timeline may do to it.
enum class OrgRole : uint8_t {
  kProvince,
  kDistrict,          // huyện, thị xã, thành phố thuộc tỉnh: abolished in 2025
  kBloc,              // Đảng bộ Khối ...: stays
  kCommune,           // grassroots committee of a xã, phường or thị trấn
  kUnitCommittee,     // grassroots committee of an agency, enterprise, police, army
  kPartialCommittee,  // Đảng bộ bộ phận
  kHamlet,            // cell of a thôn, ấp, bản, khu phố or tổ dân phố
  kCommuneOffice,     // cell of the commune's own offices
  kCommuneMilitary,   // Chi bộ Quân sự xã
  kCommunePolice,     // Chi bộ Công an xã
  kUnitCell,          // any other cell: school, clinic, agency, enterprise, department
  kPartyGroup,        // Tổ đảng
};

struct PlannedOrg {
  // Strings have default initializers so that plans can be written with
  // designated initializers naming only the fields that matter.
  std::string code{};
  std::string name{};
  OrgKind kind = OrgKind::kGrassrootsCell;
  std::string sector{};
  OrgRole role = OrgRole::kUnitCell;
  int32_t parent = -1;    // index in OrgTreePlan::orgs; -1 for the root
  int32_t district = -1;  // index of the district it lies in; -1 outside districts
  // Committees: the suffix of the decisions they sign ("HU" in "125-QĐ/HU").
  std::string doc_suffix{};
  std::string place{};           // districts and communes: the place name
  uint32_t opening_members = 0;  // member-holding orgs only
};

struct OrgTreePlan {
  std::vector<PlannedOrg> orgs;  // parents before children; orgs[0] is the root
  OrgCodes codes;                // every code above, for orgs established later
  PlaceNamer places;             // every place name above, for places named later
  std::string hamlet_word;       // "thôn" or "ấp": how the province calls rural hamlets
  std::string urban_block_word;  // "tổ dân phố" or "khu phố": the same in towns
};

// What a national ledger fixes about one of its provinces; a lone province
// leaves all of it to chance (and the same seed then gives the same tree as
// it always has).
struct ProvinceIdentity {
  std::string name{};              // "Nghệ An"; empty: a made-up name
  bool city = false;               // a centrally-run city ("Đảng bộ thành phố ...")
  std::optional<bool> northern{};  // hamlets are "thôn" (North) or "ấp" (South)
  std::string code_prefix{};       // of every org and member code; see OrgCodes
};

// Plans the tree for a province of about `members` members at the end of the
// ledger, placing `opening_members` of them (the opening balance) in the
// member-holding orgs. REQUIRES: members >= 1, opening_members >= 0.
OrgTreePlan PlanOrgTree(Random& rng, int64_t members, int64_t opening_members,
                        const ProvinceIdentity& identity = {});

}  // namespace tochuc::generate
