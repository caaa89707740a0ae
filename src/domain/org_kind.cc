#include "domain/org_kind.h"

namespace tochuc {

std::string_view OrgKindName(OrgKind kind) {
  switch (kind) {
    case OrgKind::kProvinceCommittee: return "province_committee";
    case OrgKind::kUpperCommittee: return "upper_committee";
    case OrgKind::kGrassrootsCommittee: return "grassroots_committee";
    case OrgKind::kGrassrootsCell: return "grassroots_cell";
    case OrgKind::kPartialCommittee: return "partial_committee";
    case OrgKind::kSubordinateCell: return "subordinate_cell";
    case OrgKind::kPartyGroup: return "party_group";
  }
  return "";
}

std::optional<OrgKind> ParseOrgKind(std::string_view name) {
  for (OrgKind kind : kAllOrgKinds) {
    if (OrgKindName(kind) == name) return kind;
  }
  return std::nullopt;
}

bool HoldsMembers(OrgKind kind) {
  return kind == OrgKind::kGrassrootsCell || kind == OrgKind::kSubordinateCell ||
         kind == OrgKind::kPartyGroup;
}

bool IsGrassroots(OrgKind kind) {
  return kind == OrgKind::kGrassrootsCommittee || kind == OrgKind::kGrassrootsCell;
}

}  // namespace tochuc
