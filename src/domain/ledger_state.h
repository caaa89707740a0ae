// LedgerState: the organizations and members as they stand after a sequence
// of events, and the membership state machine that decides whether the next
// event is allowed (ledger-format.md, domain.md § rules).
//
// Events must be applied in the order they take effect (see AppliesBefore).
// Apply() either accepts an event and changes the state, or refuses it with
// the problems found and changes nothing. Not thread-safe; one writer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/event.h"
#include "domain/ids.h"
#include "domain/problem.h"
#include "domain/rule_set.h"
#include "domain/string_key_map.h"

namespace tochuc {

enum class OrgLife : uint8_t { kAlive, kDissolved, kMerged };

struct OrgState {
  std::string code;
  std::string name;
  OrgKind kind = OrgKind::kGrassrootsCell;
  std::string sector;
  std::optional<OrgId> parent;  // for a dead org: the parent it had last
  Date established_on;
  OrgLife life = OrgLife::kAlive;
  std::optional<Date> ended_on;
  std::optional<OrgId> merged_into;
  std::vector<OrgId> children;    // live children
  std::vector<MemberId> members;  // active members placed here directly
};

// Where a member stands with the party in this deployment.
enum class Standing : uint8_t {
  kActive,
  kRemoved,
  kExpelled,
  kProbationRemoved,
  kTransferredOut,
  kDied,
};

struct MemberState {
  std::string id;
  Person person;
  OrgId org{};  // for a member who left: the last org
  Standing standing = Standing::kActive;
  MemberStatus status = MemberStatus::kProbationary;
  bool exempted = false;
  Date admitted_on;  // start of the current membership (readmission resets it)
  std::optional<Date> official_on;
  Date entered_on;  // first event of the member in this ledger
  Date standing_since;
  size_t slot_in_org = 0;  // position in OrgState::members, while active
};

// What an accepted event changed, for projections and the read model.
struct Change {
  // Member events: the member's org before and after (nullopt: outside the
  // deployment's active membership).
  std::optional<MemberId> member;
  std::optional<OrgId> from_org;
  std::optional<OrgId> to_org;
  // org.moved / org.merged: one entry per moved or merged-away org.
  struct Regroup {
    OrgId org;                             // the org that moved, or that was merged away
    OrgId now_under;                       // where its members now sit: itself, or `into`
    int32_t subtree_members;               // members in its subtree just before
    std::vector<MemberId> direct_members;  // merged: members who changed org
    // `org` and its ancestors just before it was regrouped. In a merge that
    // lists an org and its own descendant, the descendant has already moved
    // with its ancestor when its turn comes, so this is taken at that turn.
    std::vector<OrgId> ancestors_before;
  };
  std::vector<Regroup> regroups;
};

class LedgerState {
 public:
  explicit LedgerState(const RuleBook& rules = RuleBook::Default());

  // On success returns no problems, applies the event and describes it in
  // *change when change is not null. On failure returns the problems and
  // leaves the state unchanged.
  // REQUIRES: events come in AppliesBefore order.
  Problems Apply(const Event& event, Change* change = nullptr);

  std::optional<OrgId> FindOrg(std::string_view code) const;
  std::optional<MemberId> FindMember(std::string_view id) const;
  const OrgState& org(OrgId id) const { return orgs_[Index(id)]; }
  const MemberState& member(MemberId id) const { return members_[Index(id)]; }
  size_t org_count() const { return orgs_.size(); }
  size_t member_count() const { return members_.size(); }

  // Room for `extra` more members without reallocating the member columns
  // or rehashing the id index (live updates, see headroom.h).
  void ReserveMembers(size_t extra);
  bool HasRoomForMembers(size_t extra) const {
    return members_.capacity() - members_.size() >= extra &&
           member_by_id_.size() + extra <= member_by_id_.max_load();
  }

  // Active members in the org's live subtree.
  int32_t SubtreeMembers(OrgId id) const;
  // True when `ancestor` is `id` or one of its current ancestors.
  bool IsWithin(OrgId id, OrgId ancestor) const;
  // `id` and its current ancestors, nearest first.
  std::vector<OrgId> AncestorsOf(OrgId id) const;

 private:
  Problems CheckOrgEvent(const Event& event) const;
  Problems CheckMemberEvent(const Event& event) const;
  void ApplyOrgEvent(const Event& event, Change& change);
  void ApplyMemberEvent(const Event& event, Change& change);

  // Problems shared by several checks; each appends to `out`.
  void RequireLiveOrg(std::string_view code, std::string_view field, Date date,
                      Problems& out) const;
  void RequireMemberHoldingOrg(std::string_view code, std::string_view field, Date date,
                               Problems& out) const;

  OrgId AddOrg(const Event& event);
  MemberId AddMember(const Event& event, OrgId org);
  void Place(MemberId member, OrgId org);
  void Unplace(MemberId member);
  void Detach(OrgId child);

  friend class LedgerStateColumns;  // the state's snapshot (src/store/snapshot)

  const RuleBook& rules_;
  std::vector<OrgState> orgs_;
  std::vector<MemberState> members_;
  StringKeyMap<OrgId> org_by_code_;
  StringKeyMap<MemberId> member_by_id_;
};

}  // namespace tochuc
