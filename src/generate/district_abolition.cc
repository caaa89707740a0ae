#include "generate/district_abolition.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <vector>

namespace tochuc::generate {
namespace {

// The decisions of the restructuring are numbered from here, one per
// district ("1234-QĐ/TW").
constexpr int kFirstDecisionNumber = 1234;

std::string_view AdminWord(std::string_view sector) {
  if (sector == "phuong") return "phường";
  if (sector == "thi_tran") return "thị trấn";
  return "xã";
}

// Groups of two to four communes, wards with wards and rural communes with
// the district's town; a last commune left alone joins the group before.
std::vector<std::vector<OrgIdx>> GroupCommunes(Random& rng, const ProvinceState& state,
                                               std::vector<OrgIdx> communes) {
  std::stable_sort(communes.begin(), communes.end(), [&](OrgIdx a, OrgIdx b) {
    return (state.org(a).sector == "phuong") > (state.org(b).sector == "phuong");
  });
  std::vector<std::vector<OrgIdx>> groups;
  size_t next = 0;
  while (next < communes.size()) {
    const bool ward = state.org(communes[next]).sector == "phuong";
    size_t end = std::min(communes.size(), next + static_cast<size_t>(rng.Int(2, 4)));
    // Keep wards and rural communes apart.
    for (size_t at = next; at < end; ++at) {
      if ((state.org(communes[at]).sector == "phuong") != ward) {
        end = at;
        break;
      }
    }
    std::vector<OrgIdx> group(communes.begin() + static_cast<std::ptrdiff_t>(next),
                              communes.begin() + static_cast<std::ptrdiff_t>(end));
    const bool same_kind_as_last =
        !groups.empty() && (state.org(groups.back().front()).sector == "phuong") == ward;
    if (group.size() == 1 && same_kind_as_last) {
      groups.back().push_back(group.front());
    } else {
      groups.push_back(std::move(group));
    }
    next = end;
  }
  return groups;
}

// The survivor of a group: a rural commune rather than the town, which
// loses its status.
OrgIdx Survivor(const ProvinceState& state, const std::vector<OrgIdx>& group) {
  for (OrgIdx commune : group) {
    if (state.org(commune).sector != "thi_tran") return commune;
  }
  return group.front();
}

void MergeGroup(Date day, Random& rng, LedgerWriter& writer, const std::vector<OrgIdx>& group,
                const std::string& doc) {
  ProvinceState& state = writer.state();
  const OrgIdx survivor = Survivor(state, group);
  std::vector<OrgIdx> merged;
  for (OrgIdx commune : group) {
    if (commune != survivor) merged.push_back(commune);
  }
  if (merged.empty()) return;  // a commune left as it was
  const std::string place = state.places().Next(rng);
  const std::string_view admin = AdminWord(state.org(survivor).sector);
  writer.Merge(day, merged, survivor, doc);
  writer.Rename(day, survivor, fmt::format("Đảng bộ {} {}", admin, place), doc);
  state.SetPlace(survivor, place);
  // One military, one police and one office cell for the new commune: the
  // survivor's own (listed first among its children) takes in the others.
  constexpr std::pair<OrgRole, std::string_view> kUnitCells[] = {
      {OrgRole::kCommuneMilitary, "Quân sự"},
      {OrgRole::kCommunePolice, "Công an"},
      {OrgRole::kCommuneOffice, "Cơ quan"},
  };
  for (const auto& [role, unit] : kUnitCells) {
    std::vector<OrgIdx> cells;
    for (OrgIdx child : state.org(survivor).children) {
      if (state.org(child).role == role) cells.push_back(child);
    }
    if (cells.size() < 2) continue;
    const OrgIdx kept = cells.front();
    writer.Merge(day, std::vector<OrgIdx>(cells.begin() + 1, cells.end()), kept, doc);
    writer.Rename(day, kept, fmt::format("Chi bộ {} {} {}", unit, admin, place), doc);
  }
}

}  // namespace

void AbolishDistricts(Date day, Random& rng, LedgerWriter& writer) {
  ProvinceState& state = writer.state();
  const OrgIdx root = state.root();
  std::vector<OrgIdx> districts;
  for (OrgIdx child : state.org(root).children) {
    if (state.org(child).role == OrgRole::kDistrict) districts.push_back(child);
  }
  int decision = kFirstDecisionNumber;
  for (OrgIdx district : districts) {
    const std::string doc = fmt::format("{}-QĐ/TW", decision++);
    std::vector<OrgIdx> communes;
    for (OrgIdx child : state.org(district).children) {
      if (state.org(child).role == OrgRole::kCommune) communes.push_back(child);
    }
    for (const std::vector<OrgIdx>& group : GroupCommunes(rng, state, communes)) {
      MergeGroup(day, rng, writer, group, doc);
    }
    for (OrgIdx child : std::vector<OrgIdx>(state.org(district).children)) {
      writer.Move(day, child, root, doc);
    }
    writer.Dissolve(day, district, doc);
  }
}

}  // namespace tochuc::generate
