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

bool ChangesTree(EventType type) {
  return type == EventType::kOrgEstablished || type == EventType::kOrgMoved ||
         type == EventType::kOrgMerged || type == EventType::kOrgDissolved;
}

}  // namespace

ReadModelBuilder::ReadModelBuilder(const RuleBook& rules) : state_(rules) {}

uint32_t ReadModelBuilder::CurrentVersion() {
  if (tree_dirty_ || model_.versions.empty()) {
    const size_t n = state_.org_count();
    std::vector<std::optional<OrgId>> parent(n);
    std::vector<bool> is_node(n);
    for (uint32_t org_idx = 0; org_idx < n; ++org_idx) {
      const OrgState& o = state_.org(static_cast<OrgId>(org_idx));
      is_node[org_idx] = o.life == OrgLife::kAlive;
      parent[org_idx] = o.parent;
    }
    model_.versions.emplace_back(parent, is_node, std::vector<std::optional<OrgId>>(n));
    tree_dirty_ = false;
  }
  return static_cast<uint32_t>(model_.versions.size() - 1);
}

void ReadModelBuilder::CloseDay() {
  if (!open_day_) return;
  model_.day_versions.emplace_back(*open_day_, CurrentVersion());
  open_day_.reset();
}

uint32_t ReadModelBuilder::AppendChain(const std::vector<OrgId>& chain) {
  const auto offset = static_cast<uint32_t>(model_.chains.size());
  model_.chains.insert(model_.chains.end(), chain.begin(), chain.end());
  return offset;
}

void ReadModelBuilder::AddHeadcount(OrgId org, Date day, int32_t delta) {
  if (model_.headcounts.size() <= Index(org)) model_.headcounts.resize(Index(org) + 1);
  auto& series = model_.headcounts[Index(org)];
  if (!series.empty() && series.back().first == day) {
    series.back().second += delta;
  } else {
    series.emplace_back(day, (series.empty() ? 0 : series.back().second) + delta);
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

Problems ReadModelBuilder::Add(const Event& event) {
  if (open_day_ && *open_day_ != event.date) CloseDay();
  const uint32_t version = IsOrgEvent(event.type) ? 0 : CurrentVersion();
  Change change;
  Problems problems = state_.Apply(event, &change);
  if (!problems.empty()) return problems;
  open_day_ = event.date;
  model_.last_event_date = event.date;
  if (ChangesTree(event.type)) tree_dirty_ = true;
  for (const Change::Regroup& regroup : change.regroups) RecordRegroup(event, regroup);
  if (change.member) Record(event, change, version);
  return {};
}

void ReadModelBuilder::Record(const Event& event, const Change& change, uint32_t version) {
  const MemberId member = *change.member;
  if (change.from_org) AddHeadcount(*change.from_org, event.date, -1);
  if (change.to_org) AddHeadcount(*change.to_org, event.date, +1);
  AppendSpell(member, event.date);
  if (party_start_.size() <= Index(member)) party_start_.resize(Index(member) + 1);
  if (!party_start_[Index(member)]) {
    const Date admitted = event.admitted_on.value_or(event.date);
    party_start_[Index(member)] = {admitted, event.date.days() - admitted.days()};
  }
  if (const auto kind = FlowOf(event.type)) {
    FlowRow row;
    row.date = event.date;
    row.kind = *kind;
    row.from = change.from_org.value_or(OrgId{});
    row.to = change.to_org.value_or(OrgId{});
    row.version = version;
    row.member = member;
    model_.rows.push_back(row);
  }
}

void ReadModelBuilder::RecordRegroup(const Event& event, const Change::Regroup& regroup) {
  const std::vector<OrgId> ancestors_after = state_.AncestorsOf(regroup.now_under);
  FlowRow row;
  row.date = event.date;
  row.kind = FlowKind::kRegrouped;
  row.from = regroup.org;
  row.to = regroup.now_under;
  row.chain_before = AppendChain(regroup.ancestors_before);
  row.chain_before_length = static_cast<uint32_t>(regroup.ancestors_before.size());
  row.chain_after = AppendChain(ancestors_after);
  row.chain_after_length = static_cast<uint32_t>(ancestors_after.size());
  row.count = regroup.subtree_members;
  model_.rows.push_back(row);
  const auto moved = static_cast<int32_t>(regroup.direct_members.size());
  if (moved > 0) {
    AddHeadcount(regroup.org, event.date, -moved);
    AddHeadcount(regroup.now_under, event.date, moved);
    for (MemberId member : regroup.direct_members) AppendSpell(member, event.date);
  }
}

void ReadModelBuilder::SyncOrgs() {
  const size_t n = state_.org_count();
  model_.orgs.resize(n);
  model_.headcounts.resize(n);
  for (uint32_t org_idx = 0; org_idx < n; ++org_idx) {
    const OrgState& o = state_.org(static_cast<OrgId>(org_idx));
    model_.orgs[org_idx] = {o.code, o.name, o.kind, o.sector, o.established_on, o.life, o.ended_on};
    model_.org_by_code.emplace(o.code, static_cast<OrgId>(org_idx));
  }
}

ReadModel ReadModelBuilder::Finish() && {
  CloseDay();
  SyncOrgs();
  // Today's structure: every org where it stands after the last event; an org
  // merged away counts where its merge chain ends; a dissolved org stays
  // under the parent it had (wherever that parent itself now counts).
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

  const size_t member_count = state_.member_count();
  model_.members.resize(member_count);
  member_spells_.resize(member_count);
  party_start_.resize(member_count);
  for (uint32_t member_idx = 0; member_idx < member_count; ++member_idx) {
    const MemberState& m = state_.member(static_cast<MemberId>(member_idx));
    MemberInfo& info = model_.members[member_idx];
    const auto& list = member_spells_[member_idx];
    info.id = m.id;
    info.person = m.person;
    if (party_start_[member_idx]) {
      info.first_admitted_on = party_start_[member_idx]->first;
      info.days_before_ledger = party_start_[member_idx]->second;
    }
    info.first_spell = static_cast<uint32_t>(model_.spells.size());
    info.spell_count = static_cast<uint32_t>(list.size());
    model_.spells.insert(model_.spells.end(), list.begin(), list.end());
    model_.member_by_id.emplace(m.id, static_cast<MemberId>(member_idx));
  }
  return std::move(model_);
}

ReadModel BuildReadModel(const std::vector<Event>& events, const RuleBook& rules) {
  ReadModelBuilder builder(rules);
  for (const Event& event : events) builder.Add(event);
  return std::move(builder).Finish();
}

}  // namespace tochuc
