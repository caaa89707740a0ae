// LedgerWriter: the one place where the generator turns a decision into a
// ledger event. Each method fills the Event with exactly the fields its type
// uses (ledger-format.md), hands it to the caller's sink and applies it to
// the ProvinceState, so the bookkeeping always matches what was written.
//
// Callers must only ask for valid events (the REQUIRES of each method are the
// importer's rules) and in non-decreasing date order; an event dated before
// the previous one is a bug and throws std::logic_error. Not thread-safe.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/event.h"
#include "generate/doc_numbers.h"
#include "generate/province_state.h"

namespace tochuc::generate {

using EventSink = std::function<void(const Event&)>;

class LedgerWriter {
 public:
  LedgerWriter(ProvinceState& state, const EventSink& sink) : state_(state), sink_(sink) {}

  // Numbers of the decisions on an org's own events (by the committee above
  // it) and on its members (by the district, the bloc or, after 2025, the
  // commune's committee).
  std::string OrgDecision(Date day, OrgIdx org);
  // The same for an org about to be established under `parent`.
  std::string OrgDecisionUnder(Date day, OrgIdx parent);
  std::string MemberDecision(Date day, OrgIdx org, std::string_view kind = "QĐ");

  // --- Organization events. REQUIRES: the rules of ledger-format.md.
  OrgIdx Establish(Date day, OrgRecord org, std::string doc);
  void Rename(Date day, OrgIdx org, std::string name, std::string doc);
  void Move(Date day, OrgIdx org, OrgIdx parent, std::string doc);
  void Merge(Date day, const std::vector<OrgIdx>& orgs, OrgIdx into, std::string doc);
  void Dissolve(Date day, OrgIdx org, std::string doc);

  // --- Member events that create a record. REQUIRES: `org` alive and
  // member-holding, `person` complete.
  MemberIdx Register(Date day, OrgIdx org, const PersonPatch& person, MemberStatus status,
                     Date admitted_on, std::optional<Date> official_on);
  MemberIdx Admit(Date day, OrgIdx org, const PersonPatch& person);
  MemberIdx TransferIn(Date day, OrgIdx org, const PersonPatch& person, MemberStatus status,
                       Date admitted_on, std::optional<Date> official_on,
                       const std::string& origin);

  // --- Member events on an existing member. REQUIRES: the member is active
  // (probationary for the first two, exempted for EndExemption, not for
  // Exempt); Readmit: a former member who was removed, expelled or had
  // probation removed.
  void RecognizeOfficial(Date day, MemberIdx member);
  void RemoveProbation(Date day, MemberIdx member);
  void Transfer(Date day, MemberIdx member, OrgIdx to);
  void TransferOut(Date day, MemberIdx member, std::string destination);
  void Exempt(Date day, MemberIdx member);
  void EndExemption(Date day, MemberIdx member);
  void Remove(Date day, MemberIdx member, RemovalReason reason);
  void Expel(Date day, MemberIdx member);
  void Die(Date day, MemberIdx member);
  void Readmit(Date day, MemberIdx member, OrgIdx org);
  // REQUIRES: a non-empty patch.
  void Correct(Date day, MemberIdx member, const PersonPatch& patch);

  // --- Between the provinces of a national ledger.
  // The member moves to the org coded `to_code` in another province, whose
  // writer has taken them over: one member.transferred, and the member
  // leaves this province's books. REQUIRES: the member is active.
  void TransferAway(Date day, MemberIdx member, std::string to_code);
  // The other half of another province's TransferAway: the member joins
  // `org` with their record and keeps their id. Writes nothing; the other
  // writer writes the event right after. REQUIRES: `org` alive and
  // member-holding, `record` active.
  MemberIdx TakeOver(Date day, OrgIdx org, std::string id, const MemberRecord& record);
  // Orgs of other provinces (`codes`) are merged into `into`: one
  // org.merged. Their members and children stay in the states that keep
  // them, which call ProvinceState::MergeAway. REQUIRES: the orgs alive,
  // none holding members unless `into` does.
  void MergeIn(Date day, std::vector<std::string> codes, OrgIdx into, std::string doc,
               std::string note);

  ProvinceState& state() { return state_; }

 private:
  Event OrgEvent(EventType type, Date day, OrgIdx org, std::string doc) const;
  Event MemberEvent(EventType type, Date day, MemberIdx member, std::string doc) const;
  void Write(const Event& event);
  // Completes and writes an event that brings a member in with a record.
  MemberIdx Enter(Event event, OrgIdx org, const PersonPatch& person, MemberStatus status,
                  Date admitted_on, std::optional<Date> official_on);
  void Leave(EventType type, Date day, MemberIdx member, MemberStanding standing, std::string doc,
             RemovalReason reason = RemovalReason::kOther);

  ProvinceState& state_;
  const EventSink& sink_;
  DocNumbers docs_;
  Date last_day_ = Date::Min();
};

}  // namespace tochuc::generate
