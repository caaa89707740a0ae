// Kinds of party organization (domain.md § The organization tree) and the
// facts the rules need about each: which kinds hold members directly and
// which count as grassroots organizations (tổ chức cơ sở đảng).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace tochuc {

enum class OrgKind : uint8_t {
  kProvinceCommittee,
  kUpperCommittee,
  kGrassrootsCommittee,
  kGrassrootsCell,
  kPartialCommittee,
  kSubordinateCell,
  kPartyGroup,
};

inline constexpr std::array<OrgKind, 7> kAllOrgKinds = {
    OrgKind::kProvinceCommittee, OrgKind::kUpperCommittee,   OrgKind::kGrassrootsCommittee,
    OrgKind::kGrassrootsCell,    OrgKind::kPartialCommittee, OrgKind::kSubordinateCell,
    OrgKind::kPartyGroup};

// The ledger name ("grassroots_cell"); nullopt for an unknown name.
std::optional<OrgKind> ParseOrgKind(std::string_view name);
std::string_view OrgKindName(OrgKind kind);

// Cells and party groups hold members; committees hold none directly.
bool HoldsMembers(OrgKind kind);
// Grassroots committees and grassroots cells ("817 = 301 + 516").
bool IsGrassroots(OrgKind kind);

}  // namespace tochuc
