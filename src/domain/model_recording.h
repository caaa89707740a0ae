// How an accepted event is written into the read model, shared by the bulk
// build (ReadModelBuilder) and live updates (ReadModelUpdater): which flow
// row it adds, what it changes in the org history, where the member stands
// after it, and how today's structure is laid out from the state.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "domain/event.h"
#include "domain/ledger_state.h"
#include "domain/read_model.h"

namespace tochuc::recording {

// The live children of the orgs an org.merged names: the merge gives them a
// new parent. REQUIRES: taken before the state applies the merge.
std::vector<OrgId> MergeOrphans(const LedgerState& state, const Event& event);

// Records an org event in the history; `orphans` as MergeOrphans gave.
// REQUIRES: the state has applied the event.
void RecordOrgEvent(const LedgerState& state, const Event& event, Moment at,
                    std::span<const OrgId> orphans, OrgHistory& history);

// Appends the flow row of a member event; false when it moves nobody
// (status, exemption and record changes).
bool RecordMemberFlow(const Event& event, const Change& change, FlowLog& flows);

// Appends the row of an org moved or merged away. The members it moved
// (regroup.direct_members) each start a spell on the event's day.
void RecordRegroup(const LedgerState& state, const Event& event, const Change::Regroup& regroup,
                   FlowLog& flows);

// Where the member stands from `day` on.
Spell SpellOf(const MemberState& member, Date day);

// The day party age starts for a member whose first event this is.
inline Date FirstAdmittedOn(const Event& first_event) {
  return first_event.admitted_on.value_or(first_event.date);
}

// Every org's info, and the code index, from the state.
void LayOutOrgs(const LedgerState& state, ReadModel& model);
// Today's structure from the state, and what is laid out in it: the rows
// per org and the year-end checkpoints (over every flow row).
void LayOutToday(const LedgerState& state, ReadModel& model);

}  // namespace tochuc::recording
