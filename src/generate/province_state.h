// ProvinceState: the generator's own bookkeeping of the ledger it writes,
// the organizations and members as they stand after the events so far.
//
// It mirrors the importer's rules closely enough for the generator to only
// ever write valid events: which orgs are alive and where, who is active in
// which member-holding org, who is probationary or exempted. It checks
// nothing itself; LedgerWriter keeps it in step with the events. Memory is
// proportional to the orgs and members. Not thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/date.h"
#include "domain/event.h"
#include "domain/person.h"
#include "generate/org_codes.h"
#include "generate/org_tree_plan.h"
#include "generate/place_names.h"

namespace tochuc::generate {

using OrgIdx = int32_t;
using MemberIdx = uint32_t;
inline constexpr OrgIdx kNoOrg = -1;

struct OrgRecord {
  std::string code;
  std::string name;
  OrgKind kind = OrgKind::kGrassrootsCell;
  std::string sector;
  OrgRole role = OrgRole::kUnitCell;
  OrgIdx parent = kNoOrg;
  int32_t district = -1;  // the district it lay in when established; -1 outside
  std::string doc_suffix;
  std::string place;
  // Set once the org was merged into an org of another province of a
  // national ledger (2025): the code events now name instead of `code`.
  std::string merged_into;
  bool alive = true;
  std::vector<OrgIdx> children;    // live children
  std::vector<MemberIdx> members;  // active members placed here directly
  size_t holding_slot = 0;         // position in holding_orgs(), while alive
};

enum class MemberStanding : uint8_t {
  kActive,
  kRemoved,
  kExpelled,
  kProbationRemoved,
  kTransferredOut,
  kDied,
};

struct MemberRecord {
  Person person;
  int birth_year = 0;   // person.born_on.year(), asked for every member every month
  OrgIdx org = kNoOrg;  // for a former member: the last org
  MemberStanding standing = MemberStanding::kActive;
  MemberStatus status = MemberStatus::kProbationary;
  bool exempted = false;
  bool carries_id = false;  // came from another province and keeps the id it had there
  Date admitted_on;         // of the current membership
  Date standing_since;      // when the member last joined or left
  size_t org_slot = 0;
  size_t active_slot = 0;
};

class ProvinceState {
 public:
  // `id_prefix` starts every member id ("P07M0000001" in a national
  // ledger; "M0000001" with none).
  ProvinceState(OrgCodes codes, PlaceNamer places, std::string id_prefix = "")
      : codes_(std::move(codes)), places_(std::move(places)), id_prefix_(std::move(id_prefix)) {}

  // --- Organizations.
  // REQUIRES: the parent (if any) is alive.
  OrgIdx AddOrg(OrgRecord org);
  // REQUIRES: both alive; `parent` not within `org`.
  void MoveOrg(OrgIdx org, OrgIdx parent);
  // Members and children of `merged` go to `into`; `merged` ends.
  void MergeOrg(OrgIdx merged, OrgIdx into);
  // REQUIRES: no members, no live children.
  void DissolveOrg(OrgIdx org);
  void RenameOrg(OrgIdx org, std::string name) { orgs_[Index(org)].name = std::move(name); }
  void SetPlace(OrgIdx org, std::string place) { orgs_[Index(org)].place = std::move(place); }
  // The org was merged into `into_code`, an org another province's state
  // keeps. Its members and children stay here and events go on naming it,
  // through LedgerCode, as `into_code`. REQUIRES: not done before.
  void MergeAway(OrgIdx org, std::string into_code) {
    orgs_[Index(org)].merged_into = std::move(into_code);
  }
  // The code events use for the org.
  const std::string& LedgerCode(OrgIdx org) const {
    const OrgRecord& record = orgs_[Index(org)];
    return record.merged_into.empty() ? record.code : record.merged_into;
  }

  const OrgRecord& org(OrgIdx org) const { return orgs_[Index(org)]; }
  OrgIdx root() const { return 0; }
  size_t org_count() const { return orgs_.size(); }
  // Alive orgs that hold members, in no particular order.
  std::span<const OrgIdx> holding_orgs() const { return holding_; }
  bool IsWithin(OrgIdx org, OrgIdx ancestor) const;
  // The committee whose decisions cover an org's own events: the nearest
  // ancestor with a doc suffix.
  OrgIdx DecidingCommittee(OrgIdx org) const;
  // The committee that decides on a member of this org: the district or
  // bloc above it, or the grassroots committee itself once it sits directly
  // under the province.
  OrgIdx MemberAuthority(OrgIdx org) const;
  OrgCodes& codes() { return codes_; }
  PlaceNamer& places() { return places_; }

  // --- Members.
  MemberIdx AddMember(Person person, OrgIdx org, MemberStatus status, Date admitted_on, Date day);
  // The member came from another province of the deployment: they keep
  // the id they had there.
  void CarryId(MemberIdx member, std::string id);
  // REQUIRES: the member is active and `to` holds members.
  void MoveMember(MemberIdx member, OrgIdx to);
  // The member leaves the active membership.
  void Leave(MemberIdx member, MemberStanding standing, Date day);
  // A former member is admitted again, probationary, in `org`.
  void Return(MemberIdx member, OrgIdx org, Date day);

  MemberRecord& member(MemberIdx member) { return members_[member]; }
  const MemberRecord& member(MemberIdx member) const { return members_[member]; }
  size_t member_count() const { return members_.size(); }
  std::span<const MemberIdx> active() const { return active_; }
  // Members removed, expelled or with probation removed, in the order they
  // left (some may have returned since).
  std::span<const MemberIdx> former() const { return former_; }
  // The ledger id of a member ("M0000001", "P07M0000001"), or of the next
  // one to be added.
  std::string MemberId(MemberIdx member) const;

 private:
  static size_t Index(OrgIdx org) { return static_cast<size_t>(org); }
  void Place(MemberIdx member, OrgIdx org);
  void Unplace(MemberIdx member);
  void Detach(OrgIdx org);
  void StopHolding(OrgIdx org);

  OrgCodes codes_;
  PlaceNamer places_;
  std::vector<OrgRecord> orgs_;
  std::vector<OrgIdx> holding_;
  std::vector<MemberRecord> members_;
  std::vector<MemberIdx> active_;
  std::vector<MemberIdx> former_;
  std::string id_prefix_;
  std::unordered_map<MemberIdx, std::string> carried_ids_;
};

}  // namespace tochuc::generate
