#include "domain/ledger_state.h"

#include <fmt/format.h>

namespace tochuc {

LedgerState::LedgerState(const RuleBook& rules) : rules_(rules) {}

void LedgerState::ReserveMembers(size_t extra) {
  members_.reserve(members_.size() + extra);
  member_by_id_.reserve(member_by_id_.size() + extra);
}

std::optional<OrgId> LedgerState::FindOrg(std::string_view code) const {
  auto it = org_by_code_.find(code);
  if (it == org_by_code_.end()) return std::nullopt;
  return it->second;
}

std::optional<MemberId> LedgerState::FindMember(std::string_view id) const {
  auto it = member_by_id_.find(id);
  if (it == member_by_id_.end()) return std::nullopt;
  return it->second;
}

int32_t LedgerState::SubtreeMembers(OrgId id) const {
  const OrgState& o = org(id);
  auto total = static_cast<int32_t>(o.members.size());
  for (OrgId child : o.children) total += SubtreeMembers(child);
  return total;
}

bool LedgerState::IsWithin(OrgId id, OrgId ancestor) const {
  for (std::optional<OrgId> at = id; at; at = org(*at).parent) {
    if (*at == ancestor) return true;
  }
  return false;
}

std::vector<OrgId> LedgerState::AncestorsOf(OrgId id) const {
  std::vector<OrgId> chain;
  for (std::optional<OrgId> at = id; at; at = org(*at).parent) chain.push_back(*at);
  return chain;
}

Problems LedgerState::Apply(const Event& event, Change* change) {
  Problems problems = IsOrgEvent(event.type) ? CheckOrgEvent(event) : CheckMemberEvent(event);
  if (!problems.empty()) return problems;
  Change local;
  Change& out = change ? *change : local;
  out = Change{};
  if (IsOrgEvent(event.type)) {
    ApplyOrgEvent(event, out);
  } else {
    ApplyMemberEvent(event, out);
  }
  return {};
}

void LedgerState::RequireLiveOrg(std::string_view code, std::string_view field, Date date,
                                 Problems& out) const {
  const auto id = FindOrg(code);
  if (!id) {
    out.push_back({ProblemCode::kUnknownOrg, std::string(field),
                   fmt::format("unknown organization '{}'", code), std::string(code),
                   fmt::format("không có tổ chức đảng mã '{}'", code)});
    return;
  }
  const OrgState& o = org(*id);
  if (o.life == OrgLife::kDissolved) {
    out.push_back(
        {ProblemCode::kRuleBroken, std::string(field),
         fmt::format("organization '{}' was dissolved on {}", code, o.ended_on->ToString()),
         std::string(code),
         fmt::format("tổ chức '{}' đã giải thể ngày {}", code, o.ended_on->ToVietnamese())});
  } else if (o.life == OrgLife::kMerged) {
    out.push_back({ProblemCode::kRuleBroken, std::string(field),
                   fmt::format("organization '{}' was merged into '{}' on {}", code,
                               org(*o.merged_into).code, o.ended_on->ToString()),
                   std::string(code),
                   fmt::format("tổ chức '{}' đã hợp nhất vào '{}' ngày {}", code,
                               org(*o.merged_into).code, o.ended_on->ToVietnamese())});
  } else if (date < o.established_on) {
    out.push_back({ProblemCode::kBeforeExistence, std::string(field),
                   fmt::format("date {} is before organization '{}' was established ({})",
                               date.ToString(), code, o.established_on.ToString()),
                   std::string(code),
                   fmt::format("ngày {} trước khi tổ chức '{}' được thành lập ({})",
                               date.ToVietnamese(), code, o.established_on.ToVietnamese())});
  }
}

void LedgerState::RequireMemberHoldingOrg(std::string_view code, std::string_view field, Date date,
                                          Problems& out) const {
  const size_t before = out.size();
  RequireLiveOrg(code, field, date, out);
  if (out.size() != before) return;
  const OrgState& o = org(*FindOrg(code));
  if (!HoldsMembers(o.kind)) {
    out.push_back({ProblemCode::kRuleBroken, std::string(field),
                   fmt::format("organization '{}' is a {}; members belong only to cells or "
                               "party groups",
                               code, OrgKindName(o.kind)),
                   std::string(code),
                   fmt::format("'{}' là {}; đảng viên chỉ sinh hoạt ở chi bộ hoặc tổ đảng", code,
                               OrgKindName(o.kind))});
  }
}

OrgId LedgerState::AddOrg(const Event& event) {
  const auto id = static_cast<OrgId>(orgs_.size());
  OrgState o;
  o.code = event.org;
  o.name = event.name;
  o.kind = event.kind;
  o.sector = event.sector;
  o.established_on = event.date;
  if (event.parent) o.parent = FindOrg(*event.parent);
  orgs_.push_back(std::move(o));
  org_by_code_.emplace(event.org, id);
  if (orgs_.back().parent) orgs_[Index(*orgs_.back().parent)].children.push_back(id);
  return id;
}

void LedgerState::Detach(OrgId child) {
  auto& siblings = orgs_[Index(*org(child).parent)].children;
  std::erase(siblings, child);
}

MemberId LedgerState::AddMember(const Event& event, OrgId org_id) {
  const auto id = static_cast<MemberId>(members_.size());
  MemberState m;
  m.id = event.member;
  m.person = event.person.ToPerson();
  m.entered_on = event.date;
  members_.push_back(std::move(m));
  member_by_id_.emplace(event.member, id);
  Place(id, org_id);
  return id;
}

void LedgerState::Place(MemberId member_id, OrgId org_id) {
  MemberState& m = members_[Index(member_id)];
  auto& list = orgs_[Index(org_id)].members;
  m.org = org_id;
  m.slot_in_org = list.size();
  list.push_back(member_id);
}

void LedgerState::Unplace(MemberId member_id) {
  MemberState& m = members_[Index(member_id)];
  auto& list = orgs_[Index(m.org)].members;
  const MemberId last = list.back();
  list[m.slot_in_org] = last;
  members_[Index(last)].slot_in_org = m.slot_in_org;
  list.pop_back();
}

}  // namespace tochuc
