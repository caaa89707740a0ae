#include "domain/read_model_builder.h"

namespace tochuc {
namespace {

std::optional<FlowKind> FlowOf(EventType type) {
  switch (type) {
    case EventType::kMemberAdmitted: return FlowKind::kAdmitted;
    case EventType::kMemberReadmitted: return FlowKind::kReadmitted;
    case EventType::kMemberRegistered: return FlowKind::kRegistered;
    case EventType::kMemberTransferredIn: return FlowKind::kArrived;
    case EventType::kMemberTransferred: return FlowKind::kTransferred;
    case EventType::kMemberTransferredOut: return FlowKind::kDeparted;
    case EventType::kMemberRemoved: return FlowKind::kRemoved;
    case EventType::kMemberExpelled: return FlowKind::kExpelled;
    case EventType::kMemberDied: return FlowKind::kDied;
    case EventType::kMemberProbationRemoved: return FlowKind::kProbationRemoved;
    default: return std::nullopt;
  }
}

}  // namespace

ReadModelBuilder::ReadModelBuilder(const RuleBook& rules) : state_(rules) {}

Problems ReadModelBuilder::Add(const Event& event) {
  const Moment at = MomentAt(event.date, model_.flows.size());
  // A merge re-parents the children of the merged orgs; note them first.
  std::vector<OrgId> orphans;
  if (event.type == EventType::kOrgMerged) {
    for (const std::string& code : event.orgs) {
      if (const auto merged = state_.FindOrg(code)) {
        const auto& children = state_.org(*merged).children;
        orphans.insert(orphans.end(), children.begin(), children.end());
      }
    }
  }
  Change change;
  Problems problems = state_.Apply(event, &change);
  if (!problems.empty()) return problems;
  model_.last_event_date = event.date;
  if (IsOrgEvent(event.type)) RecordOrgEvent(event, at, orphans);
  for (const Change::Regroup& regroup : change.regroups) RecordRegroup(event, regroup);
  if (change.member) RecordMember(event, change);
  return {};
}

void ReadModelBuilder::RecordOrgEvent(const Event& event, Moment at,
                                      const std::vector<OrgId>& orphans) {
  OrgHistory& history = model_.history;
  switch (event.type) {
    case EventType::kOrgEstablished: {
      const OrgId org = *state_.FindOrg(event.org);
      history.Establish(org, state_.org(org).parent, at);
      break;
    }
    case EventType::kOrgMoved: {
      const OrgId org = *state_.FindOrg(event.org);
      history.SetParent(org, state_.org(org).parent, at);
      break;
    }
    case EventType::kOrgMerged:
      for (const std::string& code : event.orgs) history.End(*state_.FindOrg(code), at);
      for (OrgId child : orphans) history.SetParent(child, state_.org(child).parent, at);
      break;
    case EventType::kOrgDissolved: history.End(*state_.FindOrg(event.org), at); break;
    default: break;
  }
}

void ReadModelBuilder::AppendSpell(MemberId member, Date day) {
  if (member_spells_.size() <= Index(member)) member_spells_.resize(Index(member) + 1);
  const MemberState& m = state_.member(member);
  const Spell spell{day, m.org, m.status, m.standing == Standing::kActive, m.exempted};
  auto& list = member_spells_[Index(member)];
  if (!list.empty() && list.back().from == day) {
    list.back() = spell;
  } else {
    list.push_back(spell);
  }
}

void ReadModelBuilder::RecordMember(const Event& event, const Change& change) {
  const MemberId member = *change.member;
  AppendSpell(member, event.date);
  if (first_admitted_.size() <= Index(member)) first_admitted_.resize(Index(member) + 1);
  if (!first_admitted_[Index(member)]) {
    first_admitted_[Index(member)] = event.admitted_on.value_or(event.date);
  }
  const auto kind = FlowOf(event.type);
  if (!kind) return;  // status, exemption and record changes move nobody
  FlowLog& flows = model_.flows;
  const uint32_t row = flows.size();
  if (change.from_org && change.to_org) {
    flows.AppendTransfer(event.date, *change.from_org, *change.to_org);
  } else if (change.to_org) {
    flows.AppendInflow(event.date, *kind, member, *change.to_org);
  } else {
    flows.AppendOutflow(event.date, *kind, *change.from_org, member);
  }
  if (change.from_org) model_.org_rows.Add(*change.from_org, row);
  if (change.to_org) model_.org_rows.Add(*change.to_org, row);
}

void ReadModelBuilder::RecordRegroup(const Event& event, const Change::Regroup& regroup) {
  const std::vector<OrgId> ancestors_after = state_.AncestorsOf(regroup.now_under);
  const auto moved = static_cast<int32_t>(regroup.direct_members.size());
  RegroupRecord record;
  record.org = regroup.org;
  record.now_under = regroup.now_under;
  record.subtree_members = regroup.subtree_members;
  record.direct_members_moved = moved;
  const uint32_t row = model_.flows.size();
  model_.flows.AppendRegroup(event.date, record, regroup.ancestors_before, ancestors_after);
  if (moved > 0) {
    model_.org_rows.Add(regroup.org, row);
    model_.org_rows.Add(regroup.now_under, row);
    for (MemberId member : regroup.direct_members) AppendSpell(member, event.date);
  }
}

void ReadModelBuilder::FinishOrgs() {
  const size_t n = state_.org_count();
  model_.orgs.resize(n);
  for (uint32_t org_idx = 0; org_idx < n; ++org_idx) {
    const OrgState& o = state_.org(static_cast<OrgId>(org_idx));
    model_.orgs[org_idx] = {o.code, o.name, o.kind, o.sector, o.established_on, o.life, o.ended_on};
    model_.org_by_code.emplace(o.code, static_cast<OrgId>(org_idx));
  }
  model_.history.Finish();
}

// Today's structure: every org where it stands after the last event; an org
// merged away counts where its merge chain ends; a dissolved org stays under
// the parent it had (wherever that parent itself now counts).
void ReadModelBuilder::LayOutToday() {
  const size_t n = state_.org_count();
  auto representative = [&](OrgId org) {
    while (state_.org(org).life == OrgLife::kMerged) org = *state_.org(org).merged_into;
    return org;
  };
  std::vector<std::optional<OrgId>> parent(n), alias_of(n);
  std::vector<bool> is_node(n);
  for (uint32_t org_idx = 0; org_idx < n; ++org_idx) {
    const OrgState& o = state_.org(static_cast<OrgId>(org_idx));
    is_node[org_idx] = o.life != OrgLife::kMerged;
    if (o.parent) parent[org_idx] = representative(*o.parent);
    if (!is_node[org_idx]) alias_of[org_idx] = representative(static_cast<OrgId>(org_idx));
  }
  model_.today = TreeNumbering(parent, is_node, alias_of);

  std::vector<std::vector<OrgId>> merged_into(n);
  for (uint32_t org_idx = 0; org_idx < n; ++org_idx) {
    if (alias_of[org_idx]) merged_into[Index(*alias_of[org_idx])].push_back(OrgId{org_idx});
  }
  model_.today_order.clear();
  model_.today_order.reserve(n);
  model_.today_rank.assign(n, 0);
  const auto positions = static_cast<size_t>(model_.today.NodeCount());
  model_.rank_at_position.assign(positions + 1, 0);
  for (size_t pos = 0; pos < positions; ++pos) {
    const OrgId node = model_.today.NodeAt(static_cast<int32_t>(pos));
    model_.rank_at_position[pos] = static_cast<uint32_t>(model_.today_order.size());
    model_.today_order.push_back(node);
    for (OrgId alias : merged_into[Index(node)]) model_.today_order.push_back(alias);
  }
  model_.rank_at_position[positions] = static_cast<uint32_t>(model_.today_order.size());
  for (uint32_t rank = 0; rank < model_.today_order.size(); ++rank) {
    model_.today_rank[Index(model_.today_order[rank])] = rank;
  }
  model_.org_rows.Finish(model_.today_order);
  model_.checkpoints.Build(model_.flows, model_.today_rank);
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
  model_.members.Finish();
  model_.directory.Finish();
}

ReadModel ReadModelBuilder::Finish() && {
  FinishOrgs();
  LayOutToday();
  FinishMembers();
  return std::move(model_);
}

ReadModel BuildReadModel(const std::vector<Event>& events, const RuleBook& rules) {
  ReadModelBuilder builder(rules);
  for (const Event& event : events) builder.Add(event);
  return std::move(builder).Finish();
}

}  // namespace tochuc
