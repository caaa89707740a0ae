#include "domain/read_model_builder.h"

#include <algorithm>

#include "domain/model_recording.h"

namespace tochuc {

ReadModelBuilder::ReadModelBuilder(const RuleBook& rules) : state_(rules) {}

Problems ReadModelBuilder::Add(const Event& event) {
  const Moment at = MomentAt(event.date, model_.flows.size());
  const std::vector<OrgId> orphans = recording::MergeOrphans(state_, event);
  Change change;
  Problems problems = state_.Apply(event, &change);
  if (!problems.empty()) return problems;
  model_.last_event_date = event.date;
  model_.last_seq = std::max(model_.last_seq, event.seq);
  if (IsOrgEvent(event.type)) {
    recording::RecordOrgEvent(state_, event, at, orphans, model_.history);
  }
  for (const Change::Regroup& regroup : change.regroups) {
    recording::RecordRegroup(state_, event, regroup, model_.flows);
    for (MemberId member : regroup.direct_members) AppendSpell(member, event.date);
  }
  if (change.member) {
    const MemberId member = *change.member;
    AppendSpell(member, event.date);
    if (first_admitted_.size() <= Index(member)) first_admitted_.resize(Index(member) + 1);
    if (!first_admitted_[Index(member)]) {
      first_admitted_[Index(member)] = recording::FirstAdmittedOn(event);
    }
    recording::RecordMemberFlow(event, change, model_.flows);
  }
  return {};
}

void ReadModelBuilder::AppendSpell(MemberId member, Date day) {
  if (member_spells_.size() <= Index(member)) member_spells_.resize(Index(member) + 1);
  const Spell spell = recording::SpellOf(state_.member(member), day);
  auto& list = member_spells_[Index(member)];
  if (!list.empty() && list.back().from == day) {
    list.back() = spell;
  } else {
    list.push_back(spell);
  }
}

void ReadModelBuilder::FinishMembers() {
  const size_t member_count = state_.member_count();
  member_spells_.resize(member_count);
  first_admitted_.resize(member_count);
  for (uint32_t member_idx = 0; member_idx < member_count; ++member_idx) {
    const MemberState& m = state_.member(static_cast<MemberId>(member_idx));
    model_.members.Add(m.person, first_admitted_[member_idx].value_or(Date{}),
                       member_spells_[member_idx]);
    model_.directory.Add(m.id, m.person.name);
    member_spells_[member_idx] = {};
  }
  model_.directory.Finish();
}

ReadModel ReadModelBuilder::Finish() && {
  recording::LayOutOrgs(state_, model_);
  model_.history.Finish();
  recording::LayOutToday(state_, model_);
  FinishMembers();
  return std::move(model_);
}

ReadModel BuildReadModel(const std::vector<Event>& events, const RuleBook& rules) {
  ReadModelBuilder builder(rules);
  for (const Event& event : events) builder.Add(event);
  return std::move(builder).Finish();
}

}  // namespace tochuc
