#include "domain/read_model_updater.h"

#include <fmt/format.h>

#include "domain/model_recording.h"

namespace tochuc {
namespace {

bool ChangesTree(EventType type) { return IsOrgEvent(type) && type != EventType::kOrgRenamed; }

}  // namespace

bool ReadModelUpdater::NeedsLayout(const ReadModel& model, const Event& event) const {
  return ChangesTree(event.type) ||
         model.flows.size() - model.org_rows.IndexedRows() >= kRowsBeforeLayout ||
         model.members.AbandonedSpells() >= kAbandonedSpellsBeforeLayout;
}

Problems ReadModelUpdater::Apply(const Event& event, ReadModel& model) {
  if (model.last_event_date && event.date < *model.last_event_date) {
    return {{ProblemCode::kInvalidValue, "date",
             fmt::format("{} is before the latest recorded event ({}): an event dated earlier "
                         "is recorded by replaying the ledger (tochuc import)",
                         event.date.ToString(), model.last_event_date->ToString()),
             ""}};
  }
  const bool lay_out = NeedsLayout(model, event);
  const Moment at = MomentAt(event.date, model.flows.size());
  const std::vector<OrgId> orphans = recording::MergeOrphans(state_, event);
  Change change;
  Problems problems = state_.Apply(event, &change);
  if (!problems.empty()) return problems;
  model.last_event_date = event.date;
  if (ChangesTree(event.type)) {
    model.history.Reopen();
    recording::RecordOrgEvent(state_, event, at, orphans, model.history);
  } else if (event.type == EventType::kOrgRenamed) {
    const OrgId org = *state_.FindOrg(event.org);
    model.orgs[Index(org)].name = state_.org(org).name;
  }
  for (const Change::Regroup& regroup : change.regroups) {
    recording::RecordRegroup(state_, event, regroup, model.flows);
    for (MemberId member : regroup.direct_members) {
      model.members.AppendSpell(member, recording::SpellOf(state_.member(member), event.date));
    }
  }
  if (!lay_out && !HasRoomFor(model)) MakeRoom(model);
  if (change.member) RecordMember(event, change, /*count_in_checkpoints=*/!lay_out, model);
  if (lay_out) LayOut(model);
  return {};
}

void ReadModelUpdater::RecordMember(const Event& event, const Change& change,
                                    bool count_in_checkpoints, ReadModel& model) const {
  const MemberId member = *change.member;
  const MemberState& m = state_.member(member);
  const Spell spell = recording::SpellOf(m, event.date);
  if (Index(member) == model.members.size()) {  // the member's first event
    model.members.Add(m.person, recording::FirstAdmittedOn(event), std::span(&spell, 1));
    model.directory.Add(m.id, m.person.name);
  } else {
    model.members.AppendSpell(member, spell);
    model.members.SetRecord(member, m.person);
    if (model.directory.name(member) != m.person.name) {
      model.directory.CorrectName(member, m.person.name);
    }
  }
  if (!recording::RecordMemberFlow(event, change, model.flows)) return;
  if (!count_in_checkpoints) return;  // the layout rebuilds them from every row
  model.checkpoints.AddRow(model.flows, model.flows.size() - 1, event.date, model.today_rank);
}

void ReadModelUpdater::LayOut(ReadModel& model) {
  recording::LayOutOrgs(state_, model);
  model.history.Finish();
  recording::LayOutToday(state_, model);
  model.members.Compact();
  model.directory.Finish();
  MakeRoom(model);
}

void ReadModelUpdater::MakeRoom(ReadModel& model) {
  model.ReserveForUpdates(kHeadroom);
  state_.ReserveMembers(kHeadroom.members);
}

bool ReadModelUpdater::HasRoomFor(const ReadModel& model) const {
  return model.HasRoomFor(kOneUpdate) && state_.HasRoomForMembers(kOneUpdate.members);
}

}  // namespace tochuc
