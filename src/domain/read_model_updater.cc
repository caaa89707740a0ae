#include "domain/read_model_updater.h"

#include <fmt/format.h>

#include <algorithm>

#include "domain/model_recording.h"

namespace tochuc {

bool ReadModelUpdater::ChangesTree(const Event& event) {
  return IsOrgEvent(event.type) && event.type != EventType::kOrgRenamed;
}

bool ReadModelUpdater::NeedsUpkeep(const ReadModel& model) const {
  return model.flows.size() - model.org_rows.IndexedRows() >= limits_.rows ||
         model.members.AbandonedSpells() >= limits_.abandoned_spells;
}

Problems ReadModelUpdater::Apply(const Event& event, ReadModel& model) {
  Accepted accepted;
  Problems problems = Accept(event, model, &accepted);
  if (problems.empty()) Record(event, accepted, model);
  return problems;
}

Problems ReadModelUpdater::Accept(const Event& event, const ReadModel& model, Accepted* accepted) {
  if (model.last_event_date && event.date < *model.last_event_date) {
    return {{ProblemCode::kInvalidValue, "date",
             fmt::format("{} is before the latest recorded event ({}): an event dated earlier "
                         "is recorded by replaying the ledger (tochuc import)",
                         event.date.ToString(), model.last_event_date->ToString()),
             "",
             fmt::format("ngày {} trước sự kiện ghi gần nhất ({})", event.date.ToVietnamese(),
                         model.last_event_date->ToVietnamese())}};
  }
  accepted->at = MomentAt(event.date, model.flows.size());
  accepted->orphans = recording::MergeOrphans(state_, event);
  return state_.Apply(event, &accepted->change);
}

void ReadModelUpdater::Record(const Event& event, const Accepted& accepted, ReadModel& model) {
  const Change& change = accepted.change;
  model.last_event_date = event.date;
  model.last_seq = std::max(model.last_seq, event.seq);
  if (ChangesTree(event)) {
    model.history.Reopen();
    recording::RecordOrgEvent(state_, event, accepted.at, accepted.orphans, model.history);
    for (const Change::Regroup& regroup : change.regroups) {
      recording::RecordRegroup(state_, event, regroup, model.flows);
      for (MemberId member : regroup.direct_members) {
        model.members.AppendSpell(member, recording::SpellOf(state_.member(member), event.date));
      }
    }
    LayOut(model);
    return;
  }
  if (event.type == EventType::kOrgRenamed) {
    const OrgId org = *state_.FindOrg(event.org);
    model.orgs[Index(org)].name = state_.org(org).name;
  }
  if (!HasRoomFor(model)) MakeRoom(model);
  if (change.member) RecordMember(event, change, model);
}

void ReadModelUpdater::RecordMember(const Event& event, const Change& change,
                                    ReadModel& model) const {
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
  model.checkpoints.AddRow(model.flows, model.flows.size() - 1, event.date, model.today_rank);
}

ReadModel ReadModelUpdater::CopyForLayout(const ReadModel& model) const {
  ReadModel copy;
  copy.history = model.history;
  copy.flows = model.flows;
  copy.members = model.members;
  copy.last_event_date = model.last_event_date;
  copy.last_seq = model.last_seq;
  return copy;
}

void ReadModelUpdater::LayOut(ReadModel& model) {
  recording::LayOutOrgs(state_, model);
  if (model.history.IsOpen()) model.history.Finish();
  recording::LayOutToday(state_, model);
  if (model.members.AbandonedSpells() >= limits_.abandoned_spells / 2) model.members.Compact();
  MakeRoom(model);
}

Headroom ReadModelUpdater::RoomUntilUpkeep() const {
  // Twice the limits: upkeep comes after an event passes them.
  return {.rows = 2 * size_t{limits_.rows},
          .members = 2 * size_t{limits_.rows},
          .spells = 2 * (limits_.rows + limits_.abandoned_spells),
          .text_bytes = 128 * size_t{limits_.rows},
          .years = 2};
}

void ReadModelUpdater::MakeRoom(ReadModel& model) {
  const Headroom room = RoomUntilUpkeep();
  model.ReserveForUpdates(room);
  if (!state_.HasRoomForMembers(room.members / 2)) state_.ReserveMembers(room.members);
}

bool ReadModelUpdater::HasRoomFor(const ReadModel& model) const {
  return model.HasRoomFor(kOneUpdate) && state_.HasRoomForMembers(kOneUpdate.members);
}

}  // namespace tochuc
