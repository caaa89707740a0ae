// ReadModel: everything the reports read, built once from the ledger by
// ReadModelBuilder and then only read.
//
// - The org tree in every shape it had (a TreeNumbering per version, pre-order
//   numbered so a subtree is an interval) and in today's shape.
// - Flow rows: one per event that moves members in, out or across the tree,
//   in the order the events apply, each classified against a subtree at the
//   moment of its event.
// - Per org, its direct headcount at the end of each day it changed.
// - Per member, the spells of (org, status, exemption) and the record with
//   every correction applied (corrections apply to every date).
//
// Immutable once built; safe to read from many threads.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "domain/event.h"
#include "domain/ids.h"
#include "domain/ledger_state.h"
#include "domain/tree_numbering.h"

namespace tochuc {

enum class FlowKind : uint8_t {
  kAdmitted,
  kReadmitted,
  kRegistered,
  kArrived,      // member.transferred_in: from outside the deployment
  kTransferred,  // member.transferred: between two orgs of the deployment
  kDeparted,     // member.transferred_out
  kRemoved,
  kExpelled,
  kDied,
  kProbationRemoved,
  kRegrouped,  // an org moved or merged: its subtree's members move with it
};

struct FlowRow {
  Date date;
  FlowKind kind = FlowKind::kAdmitted;
  OrgId from{};          // unused for arrivals
  OrgId to{};            // unused for departures
  uint32_t version = 0;  // the tree version in force at a member event
  // kRegrouped: the ancestors-or-self of `from` before and of `to` after,
  // as [offset, offset + length) into ReadModel::chains.
  uint32_t chain_before = 0, chain_before_length = 0;
  uint32_t chain_after = 0, chain_after_length = 0;
  int32_t count = 1;
  MemberId member{};
};

struct OrgInfo {
  std::string code;
  std::string name;  // the latest name
  OrgKind kind = OrgKind::kGrassrootsCell;
  std::string sector;
  Date established_on;
  OrgLife life = OrgLife::kAlive;
  std::optional<Date> ended_on;
};

struct Spell {
  Date from;  // the spell holds at the end of `from` and until the next spell
  OrgId org{};
  MemberStatus status = MemberStatus::kProbationary;
  bool active = false;
  bool exempted = false;
};

struct MemberInfo {
  std::string id;
  Person person;                   // with every correction applied
  Date first_admitted_on;          // start of party age
  int32_t days_before_ledger = 0;  // party days before the member entered the ledger
  uint32_t first_spell = 0, spell_count = 0;
};

class ReadModel {
 public:
  std::optional<OrgId> FindOrg(std::string_view code) const;
  std::optional<MemberId> FindMember(std::string_view id) const;
  const OrgInfo& org(OrgId id) const { return orgs[Index(id)]; }
  const MemberInfo& member(MemberId id) const { return members[Index(id)]; }

  // The tree at the end of `day`, or nullptr before the first event.
  const TreeNumbering* TreeAt(Date day) const;
  // The versions in force at some moment from the end of `first` to the end of `last`.
  std::span<const TreeNumbering> TreesBetween(Date first, Date last) const;
  const TreeNumbering& version(uint32_t v) const { return versions[v]; }

  // Members placed directly in the org at the end of `day`.
  int32_t Headcount(OrgId org, Date day) const;
  // Rows of events dated from `first` to `last`, both included.
  std::span<const FlowRow> RowsBetween(Date first, Date last) const;
  std::span<const OrgId> Chain(uint32_t offset, uint32_t length) const {
    return {chains.data() + offset, length};
  }
  std::span<const Spell> SpellsOf(MemberId id) const {
    return {spells.data() + member(id).first_spell, member(id).spell_count};
  }
  // The member's spell at the end of `day`, or nullptr before the first one.
  const Spell* SpellAt(MemberId id, Date day) const;
  // Whole years of party membership at the end of `day`.
  int PartyAgeYears(MemberId id, Date day) const;

  std::vector<OrgInfo> orgs;
  std::vector<MemberInfo> members;
  std::vector<TreeNumbering> versions;
  std::vector<std::pair<Date, uint32_t>> day_versions;  // version at the end of each event day
  TreeNumbering today;
  std::vector<FlowRow> rows;
  std::vector<OrgId> chains;
  std::vector<std::vector<std::pair<Date, int32_t>>> headcounts;  // by org
  std::vector<Spell> spells;
  std::unordered_map<std::string, OrgId> org_by_code;
  std::unordered_map<std::string, MemberId> member_by_id;
  std::optional<Date> last_event_date;
};

}  // namespace tochuc
