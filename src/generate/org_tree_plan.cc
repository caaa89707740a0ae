#include "generate/org_tree_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "generate/cell_sizes.h"
#include "generate/person_sampler.h"
#include "generate/place_names.h"
#include "generate/unit_names.h"

namespace tochuc::generate {
namespace {

// Counts at the reference size, seed article 001's province: 817 grassroots
// organizations = 301 committees (240 communes, 16 district police and army,
// 45 agencies and enterprises) + 516 cells (380 in districts, 136 in blocs).
constexpr double kReferenceMembers = 75'000;
constexpr int kDistricts = 8;
constexpr int kCommunes = 240;
constexpr int kDistrictUnitCells = 380;
constexpr int kAgencyCommittees = 25;
constexpr int kAgencyCells = 80;
constexpr int kEnterpriseCommittees = 20;
constexpr int kEnterpriseCells = 56;
// Below this scale the district police and army committees are left out:
// a province of a few thousand members would otherwise be mostly police.
constexpr double kMinScaleForForces = 0.15;
// Cells planned with at least this many members are split into party groups.
constexpr uint32_t kPartyGroupThreshold = 90;
constexpr uint32_t kMembersPerPartyGroup = 45;
// Districts this minority-heavy call their hamlets "bản".
constexpr uint32_t kUplandMinorityPermille = 200;

enum class DistrictType : uint8_t { kCity, kTown, kRural };

struct DistrictStyle {
  std::string_view word;        // "huyện"
  std::string_view doc_suffix;  // "HU"
  uint32_t ward_permille;       // share of its communes that are wards
};

DistrictStyle StyleOf(DistrictType type) {
  switch (type) {
    case DistrictType::kCity: return {"thành phố", "ThU", 750};
    case DistrictType::kTown: return {"thị xã", "TXU", 450};
    case DistrictType::kRural: return {"huyện", "HU", 0};
  }
  return {"huyện", "HU", 0};
}

int Scaled(double scale, int reference, int minimum) {
  return std::max(minimum, static_cast<int>(std::lround(reference * scale)));
}

class TreePlanner {
 public:
  TreePlanner(Random& rng, int64_t members)
      : rng_(rng), scale_(static_cast<double>(members) / kReferenceMembers) {}

  OrgTreePlan Build(int64_t opening_members, const ProvinceIdentity& identity) {
    // Chance is drawn even where the identity decides, so that a lone
    // province's numbers stay the same.
    province_ = ProvinceName(rng_);
    if (!identity.name.empty()) province_ = identity.name;
    const bool northern = identity.northern.value_or(rng_.Chance(0.5));
    plan_.hamlet_word = northern ? "thôn" : "ấp";
    plan_.urban_block_word = northern ? "tổ dân phố" : "khu phố";
    plan_.codes = OrgCodes(identity.code_prefix);
    PlannedOrg root{.name = (identity.city ? "Đảng bộ thành phố " : "Đảng bộ tỉnh ") + province_,
                    .kind = OrgKind::kProvinceCommittee,
                    .sector = "dang_bo_tinh",
                    .role = OrgRole::kProvince,
                    .doc_suffix = identity.city ? "ThU" : "TU",
                    .place = province_};
    root.code = plan_.codes.Root('T');
    plan_.orgs.push_back(std::move(root));

    const int districts = Scaled(scale_, kDistricts, 2);
    const int communes = Scaled(scale_, kCommunes, 2 * districts);
    const int unit_cells = Scaled(scale_, kDistrictUnitCells, districts);
    for (int district_idx = 0; district_idx < districts; ++district_idx) {
      AddDistrict(district_idx, districts, Share(communes, districts, district_idx),
                  Share(unit_cells, districts, district_idx));
    }
    AddBloc("Đảng bộ Khối Cơ quan tỉnh", ProvincialAgencyCommittees(),
            Scaled(scale_, kAgencyCommittees, 1), ProvincialAgencyCells(),
            Scaled(scale_, kAgencyCells, 1));
    AddBloc("Đảng bộ Khối Doanh nghiệp tỉnh", EnterpriseCommittees(),
            Scaled(scale_, kEnterpriseCommittees, 1), EnterpriseCells(),
            Scaled(scale_, kEnterpriseCells, 1));
    AddPartyGroups();
    Allocate(opening_members);
    return std::move(plan_);
  }

 private:
  // Item `idx` of `total` things shared evenly by `parts`.
  static int Share(int total, int parts, int idx) {
    return total / parts + (idx < total % parts ? 1 : 0);
  }

  int32_t Add(int32_t parent, char letter, PlannedOrg org) {
    org.parent = parent;
    if (org.district < 0) org.district = plan_.orgs[Index(parent)].district;
    org.code = plan_.codes.Child(letter, plan_.orgs[Index(parent)].code);
    plan_.orgs.push_back(std::move(org));
    return static_cast<int32_t>(plan_.orgs.size() - 1);
  }

  int32_t AddCell(int32_t parent, char letter, std::string name, std::string_view sector,
                  OrgRole role, SizeClass size, OrgKind kind = OrgKind::kSubordinateCell) {
    return Add(parent, letter,
               {.name = std::move(name),
                .kind = kind,
                .sector = std::string(sector),
                .role = role,
                .opening_members = PlannedSize(rng_, size)});
  }

  static size_t Index(int32_t org) { return static_cast<size_t>(org); }

  std::string Fill(std::string_view name_template, std::string_view area) {
    const std::string place = plan_.places.Next(rng_);
    return FillName(name_template, {area, place, province_});
  }

  void AddDistrict(int district_idx, int districts, int communes, int unit_cells) {
    // The provincial city first; a town when the province is big enough to
    // also have rural districts beside it.
    const DistrictType type = district_idx == 0                     ? DistrictType::kCity
                              : district_idx == 1 && districts >= 4 ? DistrictType::kTown
                                                                    : DistrictType::kRural;
    const DistrictStyle style = StyleOf(type);
    const std::string place = plan_.places.Next(rng_);
    const std::string area = fmt::format("{} {}", style.word, place);
    const int32_t district = Add(0, 'H',
                                 {.name = "Đảng bộ " + area,
                                  .kind = OrgKind::kUpperCommittee,
                                  .sector = "huyen",
                                  .role = OrgRole::kDistrict,
                                  .district = district_idx,
                                  .doc_suffix = std::string(style.doc_suffix),
                                  .place = place});
    // Upland districts of the North call their hamlets "bản".
    const bool upland = plan_.hamlet_word == "thôn" &&
                        DistrictLocality(district_idx).minority_permille >= kUplandMinorityPermille;
    for (int commune_idx = 0; commune_idx < communes; ++commune_idx) {
      std::string_view sector = "xa";
      if (rng_.Below(1000) < style.ward_permille) {
        sector = "phuong";
      } else if (type == DistrictType::kRural && commune_idx == 0) {
        sector = "thi_tran";  // the district seat
      }
      AddCommune(district, sector, upland);
    }
    const auto catalog = DistrictUnitCells();
    for (int cell_idx = 0; cell_idx < unit_cells; ++cell_idx) {
      const UnitTemplate& unit = CatalogEntry(catalog, cell_idx);
      AddCell(district, 'D', "Chi bộ " + Fill(unit.name, area), unit.sector, OrgRole::kUnitCell,
              unit.size, OrgKind::kGrassrootsCell);
    }
    if (scale_ >= kMinScaleForForces) {
      for (const UnitTemplate& unit : DistrictForceCommittees()) {
        AddUnitCommittee(district, unit, area);
      }
    }
  }

  static const UnitTemplate& CatalogEntry(std::span<const UnitTemplate> catalog, int idx) {
    const auto position = static_cast<size_t>(idx);
    if (position < catalog.size()) return catalog[position];
    const auto extra = ExtraEnterpriseCells();
    return extra[(position - catalog.size()) % extra.size()];
  }

  void AddCommune(int32_t district, std::string_view sector, bool upland) {
    const bool urban = sector != "xa";
    const std::string_view admin = sector == "xa"       ? "xã"
                                   : sector == "phuong" ? "phường"
                                                        : "thị trấn";
    const std::string place = plan_.places.Next(rng_);
    const int32_t commune = Add(district, 'X',
                                {.name = fmt::format("Đảng bộ {} {}", admin, place),
                                 .kind = OrgKind::kGrassrootsCommittee,
                                 .sector = std::string(sector),
                                 .role = OrgRole::kCommune,
                                 .doc_suffix = "ĐU",
                                 .place = place});
    const std::string_view word = urban    ? std::string_view(plan_.urban_block_word)
                                  : upland ? std::string_view("bản")
                                           : std::string_view(plan_.hamlet_word);
    const int hamlets = urban ? rng_.Int(3, 8) : rng_.Int(3, 9);
    const bool numbered = rng_.Chance(0.5);
    PlaceNamer hamlet_names;
    for (int hamlet_idx = 1; hamlet_idx <= hamlets; ++hamlet_idx) {
      const std::string hamlet = numbered ? std::to_string(hamlet_idx) : hamlet_names.Next(rng_);
      AddCell(commune, 'C', fmt::format("Chi bộ {} {}", word, hamlet), sector, OrgRole::kHamlet,
              urban ? SizeClass::kUrbanBlock : SizeClass::kHamlet);
    }
    AddCell(commune, 'C', fmt::format("Chi bộ Cơ quan {} {}", admin, place), "co_quan",
            OrgRole::kCommuneOffice, SizeClass::kCommuneOffice);
    AddCell(commune, 'C', "Chi bộ Trường Tiểu học " + place, "su_nghiep", OrgRole::kUnitCell,
            SizeClass::kCommuneSchool);
    if (rng_.Chance(0.6)) {
      AddCell(commune, 'C', "Chi bộ Trường THCS " + place, "su_nghiep", OrgRole::kUnitCell,
              SizeClass::kCommuneSchool);
    }
    if (rng_.Chance(0.35)) {
      AddCell(commune, 'C', "Chi bộ Trường Mầm non " + place, "su_nghiep", OrgRole::kUnitCell,
              SizeClass::kCommuneSchool);
    }
    if (rng_.Chance(0.3)) {
      AddCell(commune, 'C', fmt::format("Chi bộ Trạm Y tế {} {}", admin, place), "su_nghiep",
              OrgRole::kUnitCell, SizeClass::kClinic);
    }
    AddCell(commune, 'C', fmt::format("Chi bộ Quân sự {} {}", admin, place), "quan_doi",
            OrgRole::kCommuneMilitary, SizeClass::kCommuneForce);
    AddCell(commune, 'C', fmt::format("Chi bộ Công an {} {}", admin, place), "cong_an",
            OrgRole::kCommunePolice, SizeClass::kCommuneForce);
  }

  // A grassroots committee of an agency or enterprise with its cells, and
  // for hospitals and colleges partial committees grouping some of them.
  void AddUnitCommittee(int32_t parent, const UnitTemplate& unit, std::string_view area) {
    const int32_t committee = Add(parent, 'B',
                                  {.name = "Đảng bộ " + Fill(unit.name, area),
                                   .kind = OrgKind::kGrassrootsCommittee,
                                   .sector = std::string(unit.sector),
                                   .role = OrgRole::kUnitCommittee,
                                   .doc_suffix = "ĐU"});
    const SizeClass size =
        unit.flavor == UnitFlavor::kPolice || unit.flavor == UnitFlavor::kMilitary
            ? SizeClass::kForceUnit
            : SizeClass::kDepartment;
    const auto departments = DepartmentsOf(unit.flavor);
    const bool has_divisions = !DivisionsOf(unit.flavor).empty();
    const int cells = std::min(static_cast<int>(departments.size()),
                               has_divisions ? rng_.Int(2, 3) : rng_.Int(3, 7));
    for (int cell_idx = 0; cell_idx < cells; ++cell_idx) {
      AddCell(committee, 'C', fmt::format("Chi bộ {}", departments[static_cast<size_t>(cell_idx)]),
              unit.sector, OrgRole::kUnitCell, size);
    }
    if (has_divisions) AddDivisions(committee, unit);
  }

  void AddDivisions(int32_t committee, const UnitTemplate& unit) {
    const auto divisions = DivisionsOf(unit.flavor);
    const auto division_cells = DivisionCells(unit.flavor);
    const bool college = unit.flavor == UnitFlavor::kCollege;
    size_t next_cell = 0;  // hospitals: each department once
    const int count = std::min(static_cast<int>(divisions.size()), rng_.Int(2, 4));
    for (int division_idx = 0; division_idx < count; ++division_idx) {
      const std::string_view division = divisions[static_cast<size_t>(division_idx)];
      const int32_t partial = Add(committee, 'P',
                                  {.name = fmt::format("Đảng bộ bộ phận {}", division),
                                   .kind = OrgKind::kPartialCommittee,
                                   .sector = std::string(unit.sector),
                                   .role = OrgRole::kPartialCommittee});
      const int cells = rng_.Int(2, 3);
      for (int cell_idx = 0; cell_idx < cells; ++cell_idx) {
        const std::string name =
            college ? fmt::format("Chi bộ {} {}", division_cells[static_cast<size_t>(cell_idx)],
                                  division)
                    : fmt::format("Chi bộ {}", division_cells[next_cell++ % division_cells.size()]);
        AddCell(partial, 'C', name, unit.sector, OrgRole::kUnitCell, SizeClass::kDepartment);
      }
    }
  }

  void AddBloc(std::string name, std::span<const UnitTemplate> committees, int committee_count,
               std::span<const UnitTemplate> cells, int cell_count) {
    const int32_t bloc = Add(0, 'K',
                             {.name = std::move(name),
                              .kind = OrgKind::kUpperCommittee,
                              .sector = "khoi",
                              .role = OrgRole::kBloc,
                              .doc_suffix = "ĐUK"});
    for (int committee_idx = 0; committee_idx < committee_count; ++committee_idx) {
      const auto position = static_cast<size_t>(committee_idx);
      AddUnitCommittee(bloc,
                       position < committees.size()
                           ? committees[position]
                           : EnterpriseCommittees()[position % EnterpriseCommittees().size()],
                       "");
    }
    for (int cell_idx = 0; cell_idx < cell_count; ++cell_idx) {
      const UnitTemplate& unit = CatalogEntry(cells, cell_idx);
      AddCell(bloc, 'D', "Chi bộ " + Fill(unit.name, ""), unit.sector, OrgRole::kUnitCell,
              unit.size, OrgKind::kGrassrootsCell);
    }
  }

  // Large cells work in party groups; the cell keeps a tenth of its members
  // (its committee) and the groups share the rest.
  void AddPartyGroups() {
    const size_t planned = plan_.orgs.size();
    for (size_t org_idx = 0; org_idx < planned; ++org_idx) {
      const uint32_t size = plan_.orgs[org_idx].opening_members;
      if (size < kPartyGroupThreshold) continue;
      const uint32_t groups = std::clamp(size / kMembersPerPartyGroup, 2U, 6U);
      const uint32_t kept = size / 10;
      plan_.orgs[org_idx].opening_members = kept;
      for (uint32_t group = 1; group <= groups; ++group) {
        Add(static_cast<int32_t>(org_idx), 'G',
            {.name = fmt::format("Tổ đảng số {}", group),
             .kind = OrgKind::kPartyGroup,
             .sector = plan_.orgs[org_idx].sector,
             .role = OrgRole::kPartyGroup,
             .opening_members = (size - kept) / groups});
      }
    }
  }

  // Scales the planned sizes so that they add up to `opening_members`:
  // proportional shares, the remainders to the largest fractions.
  void Allocate(int64_t opening_members) {
    const auto target = static_cast<uint64_t>(std::max<int64_t>(opening_members, 0));
    uint64_t total_weight = 0;
    for (const PlannedOrg& org : plan_.orgs) total_weight += org.opening_members;
    if (total_weight == 0) return;
    std::vector<uint64_t> remainders(plan_.orgs.size());
    uint64_t placed = 0;
    for (size_t org_idx = 0; org_idx < plan_.orgs.size(); ++org_idx) {
      const uint64_t share = plan_.orgs[org_idx].opening_members * target;
      plan_.orgs[org_idx].opening_members = static_cast<uint32_t>(share / total_weight);
      remainders[org_idx] = share % total_weight;
      placed += plan_.orgs[org_idx].opening_members;
    }
    std::vector<size_t> order(plan_.orgs.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return remainders[a] > remainders[b]; });
    for (size_t rank = 0; placed < target && rank < order.size(); ++rank, ++placed) {
      ++plan_.orgs[order[rank]].opening_members;
    }
  }

  Random& rng_;
  double scale_;
  OrgTreePlan plan_;
  std::string province_;
};

}  // namespace

OrgTreePlan PlanOrgTree(Random& rng, int64_t members, int64_t opening_members,
                        const ProvinceIdentity& identity) {
  return TreePlanner(rng, members).Build(opening_members, identity);
}

}  // namespace tochuc::generate
