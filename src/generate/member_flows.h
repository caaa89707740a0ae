// MemberFlows: how membership changes between the opening day and the end:
// admissions (mostly of young people and youth-union members) and the
// probations that follow, arrivals from other provinces, readmissions, and
// what happens to each active member month by month (deaths, exemptions,
// transfers, removals, corrections of records), at the odds of
// member_hazards.h.
//
// Admissions are paced so that the member count follows a straight line
// from the opening balance to the size asked for. Plans go into the
// ActionQueue; Execute carries out one due action through the LedgerWriter,
// or drops it when it no longer applies.
//
// In a national ledger (with a MemberExchange) most members leaving go to
// another province of the ledger, and only the army, the police and the
// central bodies remain outside it to leave for and arrive from.
// Not thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "generate/action_queue.h"
#include "generate/calendar.h"
#include "generate/ledger_writer.h"
#include "generate/member_exchange.h"
#include "generate/random.h"

namespace tochuc::generate {

// The member count wanted over time.
struct GrowthPath {
  int64_t opening = 0;  // at the end of the opening day
  int64_t target = 0;   // at the end of the closing day
  Date opening_day;
  Date closing_day;
  // A straight line between the two.
  double At(Date day) const;
};

class MemberFlows {
 public:
  // `exchange`: the other provinces of a national ledger; nullptr for a
  // lone province. Not owned; must outlive this.
  MemberFlows(Random& rng, LedgerWriter& writer, ActionQueue& queue, GrowthPath path,
              MemberExchange* exchange = nullptr)
      : rng_(rng), writer_(writer), queue_(queue), path_(path), exchange_(exchange) {}

  // On 1 January: how many admissions and arrivals the year will have.
  void PlanYear(Date first_day);
  // On the first of a month: the month's admissions, arrivals and
  // readmissions, and what happens to each active member, dated from
  // `not_before` to the end of the month.
  void PlanMonth(Date first_day, Date not_before);
  // Carries out a due member action. REQUIRES: a member action kind.
  void Execute(const Action& action);
  // A member of another province of the ledger arrives (MemberExchange):
  // places them where newcomers go and returns the org's ledger code, or
  // nullopt when this province has no member-holding org.
  std::optional<std::string> TakeIn(Date day, std::string id, const MemberRecord& record);

  // Schedules the end of a probation that started on `admitted_on`:
  // recognition 12 to 14 months later for most, removal for a few (not
  // before `not_before`: members entered with a probation under way).
  static void ScheduleProbationEnd(Random& rng, ActionQueue& queue, MemberIdx member,
                                   Date admitted_on, Date not_before);

 private:
  void SweepMembers(Date first_day, Date not_before);
  void PlanAdmissions(Date first_day, Date not_before, int count);

  void Admit(Date day);
  void TransferIn(Date day);
  void TransferOut(Date day, MemberIdx member);
  void Readmit(Date day);
  void Correct(Date day, MemberIdx member);
  void EndProbation(const Action& action);

  // Where a newcomer goes: mostly where members already are.
  OrgIdx PickOrgForNewcomer();
  // Another member-holding org, mostly in the same district.
  OrgIdx PickTransferDestination(OrgIdx from);
  int AgeOn(MemberIdx member, Date day) const;

  Random& rng_;
  LedgerWriter& writer_;
  ActionQueue& queue_;
  GrowthPath path_;
  MemberExchange* exchange_;
  double yearly_admissions_ = 0;
  double yearly_arrivals_ = 0;
  int64_t admissions_last_year_ = 0;
  int64_t admissions_this_year_ = 0;
  Pacer admission_pacer_;
  Pacer arrival_pacer_;
  Pacer readmission_pacer_;
};

}  // namespace tochuc::generate
