#include "reference_reports.h"

#include <algorithm>
#include <optional>

namespace tochuc::reference {
namespace {

// The ledger's names for the values, written out again here rather than
// taken from the engine, so that a wrong name there shows up as a mismatch.
std::string KindName(OrgKind kind) {
  switch (kind) {
    case OrgKind::kProvinceCommittee: return "province_committee";
    case OrgKind::kUpperCommittee: return "upper_committee";
    case OrgKind::kGrassrootsCommittee: return "grassroots_committee";
    case OrgKind::kGrassrootsCell: return "grassroots_cell";
    case OrgKind::kPartialCommittee: return "partial_committee";
    case OrgKind::kSubordinateCell: return "subordinate_cell";
    case OrgKind::kPartyGroup: return "party_group";
  }
  return "?";
}

std::string TheoryName(TheoryLevel level) {
  switch (level) {
    case TheoryLevel::kNone: return "none";
    case TheoryLevel::kElementary: return "elementary";
    case TheoryLevel::kIntermediate: return "intermediate";
    case TheoryLevel::kAdvanced: return "advanced";
    case TheoryLevel::kBachelor: return "bachelor";
  }
  return "?";
}

std::string AgeBandOf(int years) {
  static constexpr std::pair<int, const char*> kBands[] = {
      {30, "18_30"}, {40, "31_40"}, {50, "41_50"}, {60, "51_60"}, {70, "61_70"}, {80, "71_80"}};
  for (const auto& [upto, band] : kBands) {
    if (years <= upto) return band;
  }
  return "over_80";
}

// A person record with the fields a patch names replaced.
void Patch(const PersonPatch& patch, Person& person) {
  if (patch.name) person.name = *patch.name;
  if (patch.sex) person.sex = *patch.sex;
  if (patch.born_on) person.born_on = *patch.born_on;
  if (patch.ethnicity) person.ethnicity = *patch.ethnicity;
  if (patch.religion) person.religion = *patch.religion;
  if (patch.education) person.education = *patch.education;
  if (patch.theory_level) person.theory_level = *patch.theory_level;
  if (patch.youth_union) person.youth_union = *patch.youth_union;
}

bool IsStructureEvent(EventType type) {
  return type == EventType::kOrgEstablished || type == EventType::kOrgRenamed ||
         type == EventType::kOrgMoved || type == EventType::kOrgMerged ||
         type == EventType::kOrgDissolved;
}

}  // namespace

// --- Replayer ------------------------------------------------------------------

Replayer::Replayer(const std::vector<Event>& events) {
  for (const Event& event : events) order_.push_back(&event);
  std::stable_sort(order_.begin(), order_.end(),
                   [](const Event* a, const Event* b) { return AppliesBefore(*a, *b); });
}

void Replayer::RunThrough(Date day) {
  while (HasNext() && Peek().date <= day) Step();
}

void Replayer::Step() {
  const Event& e = *order_[next_++];
  switch (e.type) {
    case EventType::kOrgEstablished:
      orgs_[e.org] = RefOrg{e.parent.value_or(""), e.kind, e.sector, RefLife::kAlive, ""};
      break;
    case EventType::kOrgRenamed: break;
    case EventType::kOrgMoved: orgs_.at(e.org).parent = *e.parent; break;
    case EventType::kOrgMerged:
      // "members and children of each listed org move into `into`; the listed
      // orgs are dissolved".
      for (const std::string& merged : e.orgs) {
        for (auto& [id, member] : members_) {
          if (member.active && member.org == merged) member.org = e.into;
        }
        for (auto& [code, child] : orgs_) {
          if (child.life == RefLife::kAlive && child.parent == merged) child.parent = e.into;
        }
        orgs_.at(merged).life = RefLife::kMerged;
        orgs_.at(merged).merged_into = e.into;
      }
      break;
    case EventType::kOrgDissolved: orgs_.at(e.org).life = RefLife::kDissolved; break;
    case EventType::kMemberRegistered:
    case EventType::kMemberAdmitted:
    case EventType::kMemberTransferredIn: {
      RefMember& m = members_[e.member];
      m.org = e.org;
      m.active = true;
      m.exempted = false;
      m.status = e.type == EventType::kMemberAdmitted ? MemberStatus::kProbationary : e.status;
      m.person = Person{};
      Patch(e.person, m.person);
      break;
    }
    case EventType::kMemberRecognizedOfficial:
      members_.at(e.member).status = MemberStatus::kOfficial;
      break;
    case EventType::kMemberProbationRemoved:
    case EventType::kMemberTransferredOut:
    case EventType::kMemberRemoved:
    case EventType::kMemberExpelled:
    case EventType::kMemberDied:
      members_.at(e.member).active = false;
      members_.at(e.member).exempted = false;
      break;
    case EventType::kMemberTransferred: members_.at(e.member).org = e.to; break;
    case EventType::kMemberExempted: members_.at(e.member).exempted = true; break;
    case EventType::kMemberExemptionEnded: members_.at(e.member).exempted = false; break;
    case EventType::kMemberReadmitted: {
      RefMember& m = members_.at(e.member);
      m.org = e.org;
      m.active = true;
      m.exempted = false;
      m.status = MemberStatus::kProbationary;
      break;
    }
    case EventType::kMemberCorrected: Patch(e.person, members_.at(e.member).person); break;
  }
}

bool Replayer::IsUnder(std::string_view org, std::string_view root) const {
  std::string at(org);
  while (true) {
    if (at == root) return true;
    const auto it = orgs_.find(at);
    if (it == orgs_.end() || it->second.parent.empty()) return false;
    at = it->second.parent;
  }
}

std::set<std::string> Replayer::LiveChildren(std::string_view org) const {
  std::set<std::string> out;
  for (const auto& [code, o] : orgs_) {
    if (o.life == RefLife::kAlive && o.parent == org) out.insert(code);
  }
  return out;
}

// --- TodayTree -------------------------------------------------------------------

TodayTree::TodayTree(const std::vector<Event>& events) : final_(events) { final_.RunToEnd(); }

std::string TodayTree::Place(std::string_view org) const {
  std::string at(org);
  while (final_.orgs().at(at).life == RefLife::kMerged) at = final_.orgs().at(at).merged_into;
  return at;
}

bool TodayTree::InSubtree(std::string_view org, std::string_view root) const {
  const auto root_it = final_.orgs().find(root);
  if (root_it == final_.orgs().end() || root_it->second.life == RefLife::kMerged) return false;
  std::string at = Place(org);
  while (true) {
    if (at == root) return true;
    const std::string& parent = final_.orgs().at(at).parent;
    if (parent.empty()) return false;
    at = Place(parent);
  }
}

std::set<std::string> TodayTree::Children(std::string_view root) const {
  std::set<std::string> out;
  const auto root_it = final_.orgs().find(root);
  if (root_it == final_.orgs().end() || root_it->second.life == RefLife::kMerged) return out;
  for (const auto& [code, o] : final_.orgs()) {
    if (o.life != RefLife::kMerged && !o.parent.empty() && Place(o.parent) == root) {
      out.insert(code);
    }
  }
  return out;
}

// --- Stock and flow ---------------------------------------------------------------

StockFlowCounts RefStockFlow(const std::vector<Event>& events, std::string_view org, Date from,
                             Date to, Structure structure) {
  std::optional<TodayTree> today;
  if (structure == Structure::kToday) today.emplace(events);
  Replayer r(events);
  // Whether an org lies in S now: the period structure asks the tree of this
  // moment, today's structure the fixed tree after the last event.
  auto org_in_s = [&](std::string_view at) {
    return today ? today->InSubtree(at, org) : r.IsUnder(at, org);
  };
  auto member_in_s = [&](const std::string& id) {
    const auto it = r.members().find(id);
    return it != r.members().end() && it->second.active && org_in_s(it->second.org);
  };
  auto members_in_s = [&] {
    std::set<std::string> out;
    for (const auto& [id, m] : r.members()) {
      if (m.active && org_in_s(m.org)) out.insert(id);
    }
    return out;
  };

  StockFlowCounts c;
  r.RunThrough(from.AddDays(-1));
  c.opening = static_cast<int64_t>(members_in_s().size());
  while (r.HasNext() && r.Peek().date <= to) {
    const Event& e = r.Peek();
    if (IsStructureEvent(e.type)) {
      // Members who enter or leave S because an org moved or merged.
      const std::set<std::string> before = members_in_s();
      r.Step();
      const std::set<std::string> after = members_in_s();
      for (const std::string& id : before) c.reorganized_out += after.count(id) == 0;
      for (const std::string& id : after) c.reorganized_in += before.count(id) == 0;
      continue;
    }
    const bool was = member_in_s(e.member);
    r.Step();
    const bool is = member_in_s(e.member);
    switch (e.type) {
      case EventType::kMemberAdmitted: c.admitted += is; break;
      case EventType::kMemberReadmitted: c.readmitted += is; break;
      case EventType::kMemberRegistered: c.registered += is; break;
      case EventType::kMemberTransferredIn: c.transferred_in += is; break;
      case EventType::kMemberTransferred:
        c.transferred_in += !was && is;
        c.transferred_out += was && !is;
        break;
      case EventType::kMemberTransferredOut: c.transferred_out += was; break;
      case EventType::kMemberRemoved: c.removed += was; break;
      case EventType::kMemberExpelled: c.expelled += was; break;
      case EventType::kMemberDied: c.died += was; break;
      case EventType::kMemberProbationRemoved: c.probation_removed += was; break;
      default: break;  // recognition, exemption, correction: no one enters or leaves
    }
  }
  c.closing = static_cast<int64_t>(members_in_s().size());
  return c;
}

RefChildren RefChildrenInPeriod(const std::vector<Event>& events, std::string_view org, Date from,
                                Date to, Structure structure) {
  RefChildren out;
  if (structure == Structure::kToday) {
    out.at_day_ends = TodayTree(events).Children(org);
    out.at_any_moment = out.at_day_ends;
    return out;
  }
  Replayer r(events);
  r.RunThrough(from.AddDays(-1));
  out.at_day_ends = r.LiveChildren(org);
  out.at_any_moment = out.at_day_ends;
  while (r.HasNext() && r.Peek().date <= to) {
    const Date day = r.Peek().date;
    r.Step();
    const std::set<std::string> now = r.LiveChildren(org);
    out.at_any_moment.insert(now.begin(), now.end());
    if (!r.HasNext() || r.Peek().date != day) out.at_day_ends.insert(now.begin(), now.end());
  }
  return out;
}

// --- Composition, admissions, organizations -----------------------------------

RefCompositionCounts RefComposition(const std::vector<Event>& events, std::string_view org,
                                    Date day) {
  Replayer final_state(events);
  final_state.RunToEnd();
  Replayer r(events);
  r.RunThrough(day);
  RefCompositionCounts out;
  for (const auto& [id, m] : r.members()) {
    if (!m.active || !r.IsUnder(m.org, org)) continue;
    const Person& p = final_state.members().at(id).person;  // every correction applied
    ++out.total;
    out.exempted += m.exempted;
    ++out.by["sex"][p.sex == Sex::kMale ? "M" : "F"];
    ++out.by["status"][m.status == MemberStatus::kOfficial ? "official" : "probationary"];
    ++out.by["ethnicity"][p.ethnicity];
    ++out.by["religion"][p.religion];
    ++out.by["education"][p.education];
    ++out.by["theory_level"][TheoryName(p.theory_level)];
    ++out.by["youth_union"][p.youth_union ? "true" : "false"];
    ++out.by["age_band"][AgeBandOf(WholeYearsBetween(p.born_on, day))];
  }
  return out;
}

AdmissionsReport RefAdmissions(const std::vector<Event>& events, std::string_view org, Date from,
                               Date to) {
  Replayer final_state(events);
  final_state.RunToEnd();
  Replayer r(events);
  AdmissionsReport out;
  while (r.HasNext() && r.Peek().date <= to) {
    const Event& e = r.Peek();
    if (e.type == EventType::kMemberAdmitted && e.date >= from && r.IsUnder(e.org, org)) {
      const Person& p = final_state.members().at(e.member).person;
      ++out.total;
      out.youth_union += p.youth_union;
      out.women += p.sex == Sex::kFemale;
      out.ethnic_minority += p.ethnicity != "Kinh";
      out.religious += p.religion != "none";
    }
    r.Step();
  }
  return out;
}

OrgCountReport RefOrgCounts(const std::vector<Event>& events, std::string_view org, Date day) {
  Replayer r(events);
  r.RunThrough(day);
  OrgCountReport out;
  for (const auto& [code, o] : r.orgs()) {
    if (o.life != RefLife::kAlive || code == org || !r.IsUnder(code, org)) continue;
    ++out.total;
    out.grassroots += o.kind == OrgKind::kGrassrootsCommittee || o.kind == OrgKind::kGrassrootsCell;
    ++out.by_kind[KindName(o.kind)];
    ++out.by_sector[o.sector];
  }
  return out;
}

}  // namespace tochuc::reference
