// LedgerGenerator: the opening tree and the org.* events (see
// ledger_generator.h).
#include <algorithm>
#include <array>

#include "ledger_generator.h"

namespace tochuc::reference {
namespace {

constexpr std::array<const char*, 8> kSectors = {"xa",        "phuong",      "co_quan",
                                                 "su_nghiep", "dn_nha_nuoc", "dn_ngoai_nha_nuoc",
                                                 "quan_doi",  "cong_an"};
// Which kinds may sit directly under an org of `kind` (domain.md's tree, with
// upper committees allowed to nest and grassroots units directly under the
// province, as after the 2025 reform).
bool MayHaveParent(OrgKind kind, OrgKind parent) {
  switch (kind) {
    case OrgKind::kProvinceCommittee: return false;
    case OrgKind::kUpperCommittee:
    case OrgKind::kGrassrootsCommittee:
    case OrgKind::kGrassrootsCell:
      return parent == OrgKind::kProvinceCommittee || parent == OrgKind::kUpperCommittee;
    case OrgKind::kPartialCommittee: return parent == OrgKind::kGrassrootsCommittee;
    case OrgKind::kSubordinateCell:
      return parent == OrgKind::kGrassrootsCommittee || parent == OrgKind::kPartialCommittee;
    case OrgKind::kPartyGroup:
      return parent == OrgKind::kGrassrootsCell || parent == OrgKind::kSubordinateCell;
  }
  return false;
}

// Cells and groups merge into cells and groups (their members move);
// committees merge into committees of their level (their children move).
bool MayMergeInto(OrgKind merged, OrgKind into) {
  if (HoldsMembers(into)) return HoldsMembers(merged);
  if (into == OrgKind::kUpperCommittee) return merged == OrgKind::kUpperCommittee;
  if (into == OrgKind::kGrassrootsCommittee || into == OrgKind::kPartialCommittee) {
    return merged == OrgKind::kGrassrootsCommittee || merged == OrgKind::kPartialCommittee;
  }
  return false;
}

char CodePrefix(OrgKind kind) {
  switch (kind) {
    case OrgKind::kProvinceCommittee: return 'P';
    case OrgKind::kUpperCommittee: return 'U';
    case OrgKind::kGrassrootsCommittee: return 'G';
    case OrgKind::kGrassrootsCell: return 'C';
    case OrgKind::kPartialCommittee: return 'K';
    case OrgKind::kSubordinateCell: return 'S';
    case OrgKind::kPartyGroup: return 'T';
  }
  return 'X';
}

}  // namespace

OrgId LedgerGenerator::Establish(OrgKind kind, std::optional<OrgId> parent) {
  Event e;
  e.type = EventType::kOrgEstablished;
  e.org = std::string(1, CodePrefix(kind)) + std::to_string(100 + ++orgs_created_);
  e.name = "Tổ chức " + e.org;
  e.kind = kind;
  e.sector = kind == OrgKind::kProvinceCommittee ? "dang_bo_tinh"
             : kind == OrgKind::kUpperCommittee  ? (rng_.Percent(70) ? "huyen" : "khoi")
                                                 : PickFrom(rng_, kSectors);
  if (parent) e.parent = CodeOf(*parent);
  const std::string code = e.org;
  Emit(std::move(e));
  return *state_.FindOrg(code);
}

void LedgerGenerator::MaybeGroupUnder(OrgId cell) {
  if (rng_.Percent(25)) Establish(OrgKind::kPartyGroup, cell);
}

void LedgerGenerator::BuildOpeningTree() {
  const OrgId root = Establish(OrgKind::kProvinceCommittee, std::nullopt);
  for (int upper_idx = rng_.Between(2, 4); upper_idx > 0; --upper_idx) {
    const OrgId upper = Establish(OrgKind::kUpperCommittee, root);
    for (int committee_idx = rng_.Between(1, 3); committee_idx > 0; --committee_idx) {
      const OrgId committee = Establish(OrgKind::kGrassrootsCommittee, upper);
      if (rng_.Percent(30)) {
        const OrgId partial = Establish(OrgKind::kPartialCommittee, committee);
        for (int cell_idx = rng_.Between(1, 2); cell_idx > 0; --cell_idx) {
          MaybeGroupUnder(Establish(OrgKind::kSubordinateCell, partial));
        }
      }
      for (int cell_idx = rng_.Between(1, 3); cell_idx > 0; --cell_idx) {
        MaybeGroupUnder(Establish(OrgKind::kSubordinateCell, committee));
      }
    }
    for (int cell_idx = rng_.Between(1, 2); cell_idx > 0; --cell_idx) {
      MaybeGroupUnder(Establish(OrgKind::kGrassrootsCell, upper));
    }
  }
  if (rng_.Percent(40)) Establish(OrgKind::kGrassrootsCell, root);
}

bool LedgerGenerator::EstablishSome() {
  static constexpr std::array<OrgKind, 10> kKinds = {
      OrgKind::kGrassrootsCell,  OrgKind::kGrassrootsCell,      OrgKind::kSubordinateCell,
      OrgKind::kSubordinateCell, OrgKind::kSubordinateCell,     OrgKind::kPartyGroup,
      OrgKind::kUpperCommittee,  OrgKind::kGrassrootsCommittee, OrgKind::kGrassrootsCommittee,
      OrgKind::kPartialCommittee};
  const OrgKind kind = PickFrom(rng_, kKinds);
  const auto parent =
      PickOrg([&](const OrgState& o, OrgId) { return MayHaveParent(kind, o.kind); });
  if (!parent) return false;
  const OrgId created = Establish(kind, *parent);
  // A new committee often gets its first cell on the same day.
  if (kind == OrgKind::kGrassrootsCommittee && rng_.Percent(60)) {
    Establish(OrgKind::kSubordinateCell, created);
  }
  if (kind == OrgKind::kUpperCommittee && rng_.Percent(60)) {
    Establish(rng_.Percent(50) ? OrgKind::kGrassrootsCell : OrgKind::kGrassrootsCommittee, created);
  }
  return true;
}

bool LedgerGenerator::Rename() {
  const auto org = PickOrg([](const OrgState&, OrgId) { return true; });
  if (!org) return false;
  Event e;
  e.type = EventType::kOrgRenamed;
  e.org = CodeOf(*org);
  e.name = state_.org(*org).name + " (mới)";
  return Emit(std::move(e));
}

// Sometimes puts a member transfer into or out of `org` on the same day,
// just before a move or merge of it.
void LedgerGenerator::MaybeTransferAround(OrgId org) {
  if (!rng_.Percent(30) || !HoldsMembers(state_.org(org).kind)) return;
  if (rng_.Percent(50) && !state_.org(org).members.empty()) {
    const MemberId member = state_.org(org).members[rng_.Below(state_.org(org).members.size())];
    if (auto to = PickHoldingOrg(org)) TransferMember(member, *to);
  } else {
    const auto member = PickMember(
        [&](const MemberState& m) { return m.standing == Standing::kActive && m.org != org; });
    if (member) TransferMember(*member, org);
  }
}

bool LedgerGenerator::Move() {
  const auto moved =
      PickOrg([](const OrgState& o, OrgId) { return o.kind != OrgKind::kProvinceCommittee; });
  if (!moved) return false;
  const OrgState& m = state_.org(*moved);
  const auto parent = PickOrg([&](const OrgState& o, OrgId id) {
    return MayHaveParent(m.kind, o.kind) && !state_.IsWithin(id, *moved) && m.parent != id;
  });
  if (!parent) return false;
  MaybeTransferAround(*moved);
  Event e;
  e.type = EventType::kOrgMoved;
  e.org = CodeOf(*moved);
  e.parent = CodeOf(*parent);
  const bool ok = Emit(std::move(e));
  if (ok && rng_.Percent(20)) MaybeTransferAround(*moved);
  return ok;
}

bool LedgerGenerator::Merge() {
  const auto into =
      PickOrg([](const OrgState& o, OrgId) { return o.kind != OrgKind::kProvinceCommittee; });
  if (!into) return false;
  const OrgKind into_kind = state_.org(*into).kind;
  if (HoldsMembers(into_kind) && LiveHoldingOrgs() < 5) return false;
  std::vector<OrgId> listed;
  auto may_list = [&](const OrgState& o, OrgId id) {
    if (id == *into || !MayMergeInto(o.kind, into_kind) || state_.IsWithin(*into, id)) {
      return false;
    }
    for (OrgId other : listed) {
      if (other == id) return false;
      if (!options_.nested_merges && (state_.IsWithin(id, other) || state_.IsWithin(other, id))) {
        return false;
      }
    }
    return true;
  };
  const int wanted = rng_.Percent(60) ? 1 : rng_.Percent(75) ? 2 : 3;
  while (static_cast<int>(listed.size()) < wanted) {
    std::optional<OrgId> next;
    if (!listed.empty() && rng_.Percent(40)) {  // an org together with its own descendant
      const OrgId first = listed.front();
      next = PickOrg([&](const OrgState& o, OrgId id) {
        return id != first && state_.IsWithin(id, first) && may_list(o, id);
      });
    }
    if (!next) next = PickOrg(may_list);
    if (!next) break;
    listed.push_back(*next);
  }
  if (listed.empty()) return false;
  if (rng_.Percent(50)) std::reverse(listed.begin(), listed.end());
  MaybeTransferAround(listed.front());
  if (rng_.Percent(20)) MaybeTransferAround(*into);
  Event e;
  e.type = EventType::kOrgMerged;
  for (OrgId id : listed) e.orgs.push_back(CodeOf(id));
  e.into = CodeOf(*into);
  const bool ok = Emit(std::move(e));
  if (ok && rng_.Percent(20)) MaybeTransferAround(*into);
  return ok;
}

bool LedgerGenerator::Dissolve() {
  auto empty = [](const OrgState& o, OrgId) {
    return o.kind != OrgKind::kProvinceCommittee && o.members.empty() && o.children.empty();
  };
  auto org = PickOrg(empty);
  if ((!org || rng_.Percent(50)) && LiveHoldingOrgs() >= 5) {
    // Empty a small cell on the spot: transfer its members away, then dissolve it.
    const auto small = PickOrg([](const OrgState& o, OrgId) {
      return HoldsMembers(o.kind) && o.children.empty() && o.members.size() <= 3;
    });
    if (small) {
      const std::vector<MemberId> members = state_.org(*small).members;
      for (MemberId member : members) {
        if (auto to = PickHoldingOrg(*small)) TransferMember(member, *to);
      }
      if (state_.org(*small).members.empty()) org = small;
    }
  }
  if (!org) return false;
  Event e;
  e.type = EventType::kOrgDissolved;
  e.org = CodeOf(*org);
  return Emit(std::move(e));
}

}  // namespace tochuc::reference
