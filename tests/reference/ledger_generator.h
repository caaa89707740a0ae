// LedgerGenerator: the machinery behind RandomLedger (random_ledger.h),
// split by concept like the engine's state machine: the drawing loop and
// bookkeeping (random_ledger.cc), member events (generator_member_events.cc)
// and org events with the opening tree (generator_org_events.cc).
//
// It keeps a LedgerState beside the ledger it writes: every candidate event
// is applied to it and dropped when refused, and the draws read it to find
// members and orgs an event can apply to. Not thread-safe; one per ledger.
#pragma once

#include <array>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "domain/ledger_state.h"
#include "random_ledger.h"

namespace tochuc::reference {

template <typename T, size_t N>
const T& PickFrom(SplitMix64& rng, const std::array<T, N>& values) {
  return values[rng.Below(N)];
}

class LedgerGenerator {
 public:
  LedgerGenerator(uint64_t seed, const RandomLedgerOptions& options);

  // Writes the whole ledger; call once.
  std::vector<Event> Run() &&;

 private:
  // --- bookkeeping (random_ledger.cc) ---
  // Applies the event dated today; drops it and returns false when refused.
  bool Emit(Event event);
  void Touch(const Event& event);
  int LiveHoldingOrgs() const;
  void DrawOne();
  bool DrawOrgEvent();
  bool MayCreate() const;
  bool DrawMemberEvent();

  // --- member events (generator_member_events.cc) ---
  PersonPatch NewPerson(Date born_on);
  std::string NewMemberId();
  Event ExistingMember(EventType type, OrgId org);
  void RegisterOpeningMembers();
  bool Register();
  bool Admit();
  bool RecognizeOfficial();
  bool OfActive(EventType type, bool probationary_only);
  bool TransferMember(MemberId member, OrgId to);
  bool Transfer();
  bool TransferIn(bool may_create);
  bool Exempt(bool start);
  bool Readmit();
  bool Correct();

  // --- org events (generator_org_events.cc) ---
  OrgId Establish(OrgKind kind, std::optional<OrgId> parent);
  void MaybeGroupUnder(OrgId cell);
  void BuildOpeningTree();
  bool EstablishSome();
  bool Rename();
  void MaybeTransferAround(OrgId org);
  bool Move();
  bool Merge();
  bool Dissolve();

  // --- picking what an event applies to ---
  template <typename Id>
  static void Remember(std::deque<Id>& recent, Id id) {
    recent.push_front(id);
    if (recent.size() > 6) recent.pop_back();
  }

  // One of the ids in [0, count) that satisfy `pred`, often one of the
  // recently used ones; nullopt when none does.
  template <typename Id, typename Pred>
  std::optional<Id> Pick(size_t count, const std::deque<Id>& recent, Pred pred) {
    if (rng_.Percent(45)) {
      std::vector<Id> near;
      for (Id id : recent) {
        if (pred(id)) near.push_back(id);
      }
      if (!near.empty()) return near[rng_.Below(near.size())];
    }
    std::vector<Id> all;
    for (uint32_t idx = 0; idx < count; ++idx) {
      if (pred(static_cast<Id>(idx))) all.push_back(static_cast<Id>(idx));
    }
    if (all.empty()) return std::nullopt;
    return all[rng_.Below(all.size())];
  }

  // A live org satisfying pred(OrgState, OrgId).
  template <typename Pred>
  std::optional<OrgId> PickOrg(Pred pred) {
    return Pick<OrgId>(state_.org_count(), recent_orgs_, [&](OrgId id) {
      return state_.org(id).life == OrgLife::kAlive && pred(state_.org(id), id);
    });
  }

  template <typename Pred>
  std::optional<MemberId> PickMember(Pred pred) {
    return Pick<MemberId>(state_.member_count(), recent_members_,
                          [&](MemberId id) { return pred(state_.member(id)); });
  }

  std::optional<OrgId> PickHoldingOrg(std::optional<OrgId> other_than = std::nullopt) {
    return PickOrg(
        [&](const OrgState& o, OrgId id) { return HoldsMembers(o.kind) && id != other_than; });
  }

  std::optional<MemberId> PickActive() {
    return PickMember([](const MemberState& m) { return m.standing == Standing::kActive; });
  }

  const std::string& CodeOf(OrgId id) const { return state_.org(id).code; }
  const std::string& IdOf(MemberId id) const { return state_.member(id).id; }

  SplitMix64 rng_;
  RandomLedgerOptions options_;
  LedgerState state_;
  std::vector<Event> events_;
  std::deque<OrgId> recent_orgs_;
  std::deque<MemberId> recent_members_;
  int target_members_ = 0;
  int opening_members_ = 0;
  int members_created_ = 0;
  int orgs_created_ = 0;
  int people_ = 0;
  int years_ = 1;
  Date start_;
  Date end_;
  Date today_;
};

}  // namespace tochuc::reference
