// The rules and effects of the org.* events.
#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

#include "domain/ledger_state.h"

namespace tochuc {

Problems LedgerState::CheckOrgEvent(const Event& event) const {
  Problems out;
  switch (event.type) {
    case EventType::kOrgEstablished:
      if (FindOrg(event.org)) {
        out.push_back({ProblemCode::kDuplicate, "org",
                       fmt::format("organization code '{}' is already in use", event.org),
                       event.org, fmt::format("mã tổ chức '{}' đã được dùng", event.org)});
      }
      if (event.parent) RequireLiveOrg(*event.parent, "parent", event.date, out);
      break;
    case EventType::kOrgRenamed: RequireLiveOrg(event.org, "org", event.date, out); break;
    case EventType::kOrgMoved: {
      RequireLiveOrg(event.org, "org", event.date, out);
      RequireLiveOrg(*event.parent, "parent", event.date, out);
      if (!out.empty()) break;
      const OrgId moved = *FindOrg(event.org);
      const OrgId parent = *FindOrg(*event.parent);
      if (IsWithin(parent, moved)) {
        out.push_back({ProblemCode::kRuleBroken, "parent",
                       fmt::format("cannot move '{}' under itself or its own subtree ('{}')",
                                   event.org, *event.parent),
                       *event.parent,
                       fmt::format("không thể chuyển '{}' vào chính nó hoặc tổ chức trực thuộc nó "
                                   "('{}')",
                                   event.org, *event.parent)});
      } else if (org(moved).parent == parent) {
        out.push_back({ProblemCode::kRuleBroken, "parent",
                       fmt::format("'{}' is already under '{}'", event.org, *event.parent),
                       *event.parent,
                       fmt::format("'{}' đã trực thuộc '{}'", event.org, *event.parent)});
      }
      break;
    }
    case EventType::kOrgMerged: {
      RequireLiveOrg(event.into, "into", event.date, out);
      std::unordered_set<std::string> seen;
      for (const std::string& code : event.orgs) {
        RequireLiveOrg(code, "orgs", event.date, out);
        if (!seen.insert(code).second) {
          out.push_back({ProblemCode::kDuplicate, "orgs", fmt::format("'{}' is listed twice", code),
                         code, fmt::format("'{}' có hai lần trong danh sách", code)});
        }
        if (code == event.into) {
          out.push_back({ProblemCode::kRuleBroken, "orgs",
                         fmt::format("cannot merge '{}' into itself", code), code,
                         fmt::format("không thể hợp nhất '{}' vào chính nó", code)});
        }
      }
      if (event.orgs.empty()) {
        out.push_back({ProblemCode::kMissingField, "orgs", "lists no organization", "",
                       "danh sách tổ chức đang trống"});
      }
      if (!out.empty()) break;
      const OrgId into = *FindOrg(event.into);
      for (const std::string& code : event.orgs) {
        const OrgId merged = *FindOrg(code);
        if (IsWithin(into, merged)) {
          out.push_back(
              {ProblemCode::kRuleBroken, "into",
               fmt::format("cannot merge '{}' into '{}', which lies inside it", code, event.into),
               event.into,
               fmt::format("không thể hợp nhất '{}' vào '{}' vì '{}' trực thuộc nó", code,
                           event.into, event.into)});
        } else if (!org(merged).members.empty() && !HoldsMembers(org(into).kind)) {
          out.push_back({ProblemCode::kRuleBroken, "into",
                         fmt::format("'{}' has members but '{}' is a {}; members belong only to "
                                     "cells or party groups",
                                     code, event.into, OrgKindName(org(into).kind)),
                         event.into,
                         fmt::format("'{}' còn đảng viên nhưng '{}' là {}; đảng viên chỉ sinh "
                                     "hoạt ở chi bộ hoặc tổ đảng",
                                     code, event.into, OrgKindName(org(into).kind))});
        }
      }
      break;
    }
    case EventType::kOrgDissolved: {
      RequireLiveOrg(event.org, "org", event.date, out);
      if (!out.empty()) break;
      const OrgState& o = org(*FindOrg(event.org));
      if (!o.members.empty()) {
        out.push_back(
            {ProblemCode::kRuleBroken, "org",
             fmt::format("organization '{}' still has {} member(s)", event.org, o.members.size()),
             event.org, fmt::format("tổ chức '{}' còn {} đảng viên", event.org, o.members.size())});
      }
      if (!o.children.empty()) {
        out.push_back({ProblemCode::kRuleBroken, "org",
                       fmt::format("organization '{}' still has {} live child organization(s), "
                                   "e.g. '{}'",
                                   event.org, o.children.size(), org(o.children.front()).code),
                       event.org,
                       fmt::format("tổ chức '{}' còn {} tổ chức trực thuộc, ví dụ '{}'", event.org,
                                   o.children.size(), org(o.children.front()).code)});
      }
      break;
    }
    default: break;
  }
  return out;
}

void LedgerState::ApplyOrgEvent(const Event& event, Change& change) {
  switch (event.type) {
    case EventType::kOrgEstablished: AddOrg(event); break;
    case EventType::kOrgRenamed: orgs_[Index(*FindOrg(event.org))].name = event.name; break;
    case EventType::kOrgMoved: {
      const OrgId moved = *FindOrg(event.org);
      const OrgId parent = *FindOrg(*event.parent);
      change.regroups.push_back({moved, moved, SubtreeMembers(moved), {}, AncestorsOf(moved)});
      if (org(moved).parent) Detach(moved);
      orgs_[Index(moved)].parent = parent;
      orgs_[Index(parent)].children.push_back(moved);
      break;
    }
    case EventType::kOrgMerged: {
      const OrgId into = *FindOrg(event.into);
      for (const std::string& code : event.orgs) {
        const OrgId merged = *FindOrg(code);
        Change::Regroup regroup{merged, into, SubtreeMembers(merged), org(merged).members,
                                AncestorsOf(merged)};
        for (MemberId member_id : regroup.direct_members) {
          Unplace(member_id);
          Place(member_id, into);
        }
        for (OrgId child : std::vector<OrgId>(org(merged).children)) {
          orgs_[Index(child)].parent = into;
          orgs_[Index(into)].children.push_back(child);
        }
        OrgState& o = orgs_[Index(merged)];
        o.children.clear();
        if (o.parent) Detach(merged);
        o.life = OrgLife::kMerged;
        o.ended_on = event.date;
        o.merged_into = into;
        change.regroups.push_back(std::move(regroup));
      }
      break;
    }
    case EventType::kOrgDissolved: {
      const OrgId dissolved = *FindOrg(event.org);
      if (org(dissolved).parent) Detach(dissolved);
      orgs_[Index(dissolved)].life = OrgLife::kDissolved;
      orgs_[Index(dissolved)].ended_on = event.date;
      break;
    }
    default: break;
  }
}

}  // namespace tochuc
