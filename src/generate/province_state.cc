#include "generate/province_state.h"

#include <fmt/format.h>

#include <algorithm>

namespace tochuc::generate {
namespace {

// Removes the element at `slot` by moving the last one into its place, and
// tells `moved` about the new slot of the element that moved.
template <typename T, typename SlotOf>
void SwapRemove(std::vector<T>& items, size_t slot, SlotOf&& slot_of) {
  const T last = items.back();
  items[slot] = last;
  slot_of(last) = slot;
  items.pop_back();
}

}  // namespace

OrgIdx ProvinceState::AddOrg(OrgRecord org) {
  const auto idx = static_cast<OrgIdx>(orgs_.size());
  if (org.parent != kNoOrg) orgs_[Index(org.parent)].children.push_back(idx);
  if (HoldsMembers(org.kind)) {
    org.holding_slot = holding_.size();
    holding_.push_back(idx);
  }
  orgs_.push_back(std::move(org));
  return idx;
}

void ProvinceState::Detach(OrgIdx org) {
  std::erase(orgs_[Index(orgs_[Index(org)].parent)].children, org);
}

void ProvinceState::StopHolding(OrgIdx org) {
  if (!HoldsMembers(orgs_[Index(org)].kind)) return;
  SwapRemove(holding_, orgs_[Index(org)].holding_slot,
             [this](OrgIdx moved) -> size_t& { return orgs_[Index(moved)].holding_slot; });
}

void ProvinceState::MoveOrg(OrgIdx org, OrgIdx parent) {
  Detach(org);
  orgs_[Index(org)].parent = parent;
  orgs_[Index(parent)].children.push_back(org);
}

void ProvinceState::MergeOrg(OrgIdx merged, OrgIdx into) {
  for (MemberIdx member_idx : std::vector<MemberIdx>(orgs_[Index(merged)].members)) {
    MoveMember(member_idx, into);
  }
  for (OrgIdx child : orgs_[Index(merged)].children) {
    orgs_[Index(child)].parent = into;
    orgs_[Index(into)].children.push_back(child);
  }
  orgs_[Index(merged)].children.clear();
  DissolveOrg(merged);
}

void ProvinceState::DissolveOrg(OrgIdx org) {
  if (orgs_[Index(org)].parent != kNoOrg) Detach(org);
  StopHolding(org);
  orgs_[Index(org)].alive = false;
}

bool ProvinceState::IsWithin(OrgIdx org, OrgIdx ancestor) const {
  for (OrgIdx at = org; at != kNoOrg; at = orgs_[Index(at)].parent) {
    if (at == ancestor) return true;
  }
  return false;
}

OrgIdx ProvinceState::DecidingCommittee(OrgIdx org) const {
  OrgIdx at = orgs_[Index(org)].parent;
  while (at != kNoOrg && orgs_[Index(at)].doc_suffix.empty()) at = orgs_[Index(at)].parent;
  return at == kNoOrg ? root() : at;
}

OrgIdx ProvinceState::MemberAuthority(OrgIdx org) const {
  for (OrgIdx at = org; at != kNoOrg; at = orgs_[Index(at)].parent) {
    const OrgRecord& record = orgs_[Index(at)];
    if (record.kind == OrgKind::kUpperCommittee || record.kind == OrgKind::kProvinceCommittee) {
      return at;
    }
    if (record.kind == OrgKind::kGrassrootsCommittee && record.parent == root()) return at;
  }
  return root();
}

MemberIdx ProvinceState::AddMember(Person person, OrgIdx org, MemberStatus status, Date admitted_on,
                                   Date day) {
  const auto idx = static_cast<MemberIdx>(members_.size());
  MemberRecord record;
  record.birth_year = person.born_on.year();
  record.person = std::move(person);
  record.status = status;
  record.admitted_on = admitted_on;
  record.standing_since = day;
  record.active_slot = active_.size();
  members_.push_back(std::move(record));
  active_.push_back(idx);
  Place(idx, org);
  return idx;
}

void ProvinceState::Place(MemberIdx member_idx, OrgIdx org) {
  MemberRecord& record = members_[member_idx];
  std::vector<MemberIdx>& list = orgs_[Index(org)].members;
  record.org = org;
  record.org_slot = list.size();
  list.push_back(member_idx);
}

void ProvinceState::Unplace(MemberIdx member_idx) {
  SwapRemove(orgs_[Index(members_[member_idx].org)].members, members_[member_idx].org_slot,
             [this](MemberIdx moved) -> size_t& { return members_[moved].org_slot; });
}

void ProvinceState::MoveMember(MemberIdx member_idx, OrgIdx to) {
  Unplace(member_idx);
  Place(member_idx, to);
}

void ProvinceState::Leave(MemberIdx member_idx, MemberStanding standing, Date day) {
  Unplace(member_idx);
  SwapRemove(active_, members_[member_idx].active_slot,
             [this](MemberIdx moved) -> size_t& { return members_[moved].active_slot; });
  MemberRecord& record = members_[member_idx];
  record.standing = standing;
  record.standing_since = day;
  record.exempted = false;
  if (standing == MemberStanding::kRemoved || standing == MemberStanding::kExpelled ||
      standing == MemberStanding::kProbationRemoved) {
    former_.push_back(member_idx);
  }
}

void ProvinceState::Return(MemberIdx member_idx, OrgIdx org, Date day) {
  MemberRecord& record = members_[member_idx];
  record.standing = MemberStanding::kActive;
  record.standing_since = day;
  record.status = MemberStatus::kProbationary;
  record.admitted_on = day;
  record.active_slot = active_.size();
  active_.push_back(member_idx);
  Place(member_idx, org);
}

void ProvinceState::CarryId(MemberIdx member, std::string id) {
  members_[member].carries_id = true;
  carried_ids_[member] = std::move(id);
}

std::string ProvinceState::MemberId(MemberIdx member) const {
  // Writers ask for the id of the next member before adding it.
  if (member < members_.size() && members_[member].carries_id) return carried_ids_.at(member);
  return fmt::format("{}M{:07}", id_prefix_, member + 1);
}

}  // namespace tochuc::generate
