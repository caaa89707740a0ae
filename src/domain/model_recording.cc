#include "domain/model_recording.h"

#include <future>

namespace tochuc::recording {
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

std::vector<OrgId> MergeOrphans(const LedgerState& state, const Event& event) {
  std::vector<OrgId> orphans;
  if (event.type != EventType::kOrgMerged) return orphans;
  for (const std::string& code : event.orgs) {
    if (const auto merged = state.FindOrg(code)) {
      const auto& children = state.org(*merged).children;
      orphans.insert(orphans.end(), children.begin(), children.end());
    }
  }
  return orphans;
}

void RecordOrgEvent(const LedgerState& state, const Event& event, Moment at,
                    std::span<const OrgId> orphans, OrgHistory& history) {
  switch (event.type) {
    case EventType::kOrgEstablished: {
      const OrgId org = *state.FindOrg(event.org);
      history.Establish(org, state.org(org).parent, at);
      break;
    }
    case EventType::kOrgMoved: {
      const OrgId org = *state.FindOrg(event.org);
      history.SetParent(org, state.org(org).parent, at);
      break;
    }
    case EventType::kOrgMerged:
      for (const std::string& code : event.orgs) history.End(*state.FindOrg(code), at);
      for (OrgId child : orphans) history.SetParent(child, state.org(child).parent, at);
      break;
    case EventType::kOrgDissolved: history.End(*state.FindOrg(event.org), at); break;
    default: break;
  }
}

bool RecordMemberFlow(const Event& event, const Change& change, FlowLog& flows) {
  const auto kind = FlowOf(event.type);
  if (!kind) return false;
  if (change.from_org && change.to_org) {
    flows.AppendTransfer(event.date, *change.from_org, *change.to_org);
  } else if (change.to_org) {
    flows.AppendInflow(event.date, *kind, *change.member, *change.to_org);
  } else {
    flows.AppendOutflow(event.date, *kind, *change.from_org, *change.member);
  }
  return true;
}

void RecordRegroup(const LedgerState& state, const Event& event, const Change::Regroup& regroup,
                   FlowLog& flows) {
  const std::vector<OrgId> ancestors_after = state.AncestorsOf(regroup.now_under);
  RegroupRecord record;
  record.org = regroup.org;
  record.now_under = regroup.now_under;
  record.subtree_members = regroup.subtree_members;
  record.direct_members_moved = static_cast<int32_t>(regroup.direct_members.size());
  flows.AppendRegroup(event.date, record, regroup.ancestors_before, ancestors_after);
}

Spell SpellOf(const MemberState& member, Date day) {
  return {day, member.org, member.status, member.standing == Standing::kActive, member.exempted};
}

void LayOutOrgs(const LedgerState& state, ReadModel& model) {
  const size_t n = state.org_count();
  model.orgs.resize(n);
  model.org_by_code.clear();
  model.org_by_code.reserve(n);
  for (uint32_t org_idx = 0; org_idx < n; ++org_idx) {
    const OrgState& o = state.org(static_cast<OrgId>(org_idx));
    model.orgs[org_idx] = {o.code, o.name, o.kind, o.sector, o.established_on, o.life, o.ended_on};
    model.org_by_code.emplace(o.code, static_cast<OrgId>(org_idx));
  }
}

// Every org where it stands after the last event; an org merged away counts
// where its merge chain ends; a dissolved org stays under the parent it had
// (wherever that parent itself now counts).
void LayOutToday(const LedgerState& state, ReadModel& model) {
  const size_t n = state.org_count();
  auto representative = [&](OrgId org) {
    while (state.org(org).life == OrgLife::kMerged) org = *state.org(org).merged_into;
    return org;
  };
  std::vector<std::optional<OrgId>> parent(n), alias_of(n);
  std::vector<bool> is_node(n);
  for (uint32_t org_idx = 0; org_idx < n; ++org_idx) {
    const OrgState& o = state.org(static_cast<OrgId>(org_idx));
    is_node[org_idx] = o.life != OrgLife::kMerged;
    if (o.parent) parent[org_idx] = representative(*o.parent);
    if (!is_node[org_idx]) alias_of[org_idx] = representative(static_cast<OrgId>(org_idx));
  }
  model.today = TreeNumbering(parent, is_node, alias_of);

  std::vector<std::vector<OrgId>> merged_into(n);
  for (uint32_t org_idx = 0; org_idx < n; ++org_idx) {
    if (alias_of[org_idx]) merged_into[Index(*alias_of[org_idx])].push_back(OrgId{org_idx});
  }
  model.today_order.clear();
  model.today_order.reserve(n);
  model.today_rank.assign(n, 0);
  const auto positions = static_cast<size_t>(model.today.NodeCount());
  model.rank_at_position.assign(positions + 1, 0);
  for (size_t pos = 0; pos < positions; ++pos) {
    const OrgId node = model.today.NodeAt(static_cast<int32_t>(pos));
    model.rank_at_position[pos] = static_cast<uint32_t>(model.today_order.size());
    model.today_order.push_back(node);
    for (OrgId alias : merged_into[Index(node)]) model.today_order.push_back(alias);
  }
  model.rank_at_position[positions] = static_cast<uint32_t>(model.today_order.size());
  for (uint32_t rank = 0; rank < model.today_order.size(); ++rank) {
    model.today_rank[Index(model.today_order[rank])] = rank;
  }
  // Both read the flow rows and write their own columns: one on each core.
  auto org_rows =
      std::async(std::launch::async, [&] { model.org_rows.Build(model.flows, model.today_order); });
  model.checkpoints.Build(model.flows, model.today_rank);
  org_rows.get();
}

}  // namespace tochuc::recording
