#include "bench/update_events.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace tochuc::bench {

UpdateEvents::UpdateEvents(const ReadModel& model, uint64_t seed) : state_(seed) {
  if (!model.last_event_date) throw std::runtime_error("the ledger has no events");
  first_day_ = *model.last_event_date;
  const std::vector<int32_t> headcount = model.HeadcountsAt(first_day_);
  org_codes_.reserve(model.orgs.size());
  for (uint32_t org_idx = 0; org_idx < model.orgs.size(); ++org_idx) {
    const OrgInfo& info = model.orgs[org_idx];
    org_codes_.push_back(info.code);
    if (info.life != OrgLife::kAlive) continue;
    if (headcount[org_idx] > 0) cells_.push_back(static_cast<OrgId>(org_idx));
    if (info.kind == OrgKind::kProvinceCommittee) {
      const RankRange ranks = model.TodayRanks(static_cast<OrgId>(org_idx));
      int32_t members = 0;
      for (uint32_t rank = ranks.first; rank < ranks.last; ++rank) {
        members += headcount[Index(model.today_order[rank])];
      }
      provinces_.push_back({members, static_cast<OrgId>(org_idx)});
    }
  }
  std::sort(provinces_.begin(), provinces_.end());
  member_ids_.reserve(model.members.size());
  for (uint32_t idx = 0; idx < model.members.size(); ++idx) {
    const auto member = static_cast<MemberId>(idx);
    member_ids_.emplace_back(model.directory.id(member));
    const std::optional<Spell> spell = model.members.SpellAt(member, first_day_);
    if (spell && spell->active) active_.push_back({member, spell->org});
  }
  if (cells_.size() < 2 || active_.empty()) {
    throw std::runtime_error("the ledger has too few active members to update");
  }
}

uint64_t UpdateEvents::Random(uint64_t below) {
  // SplitMix64: the same events for the same seed on every machine.
  uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return (z ^ (z >> 31)) % below;
}

std::pair<MemberId, OrgId> UpdateEvents::TakeActiveMember() {
  if (active_.empty()) throw std::runtime_error("every active member has been used");
  const size_t pick = Random(active_.size());
  std::swap(active_[pick], active_.back());
  const auto taken = active_.back();
  active_.pop_back();
  return taken;
}

const std::string& UpdateEvents::AnyCell(OrgId other_than) {
  OrgId cell = cells_[Random(cells_.size())];
  while (cell == other_than) cell = cells_[Random(cells_.size())];
  return org_codes_[Index(cell)];
}

Event UpdateEvents::Next() {
  Event event;
  event.date = first_day_.AddDays(static_cast<int32_t>(made_ / kEventsPerDay));
  event.seq = ++made_;
  event.doc = fmt::format("bench-{}", made_);
  switch (made_ % 10) {
    case 0:
    case 1:
    case 2:
    case 3: {
      event.type = EventType::kMemberAdmitted;
      event.member = fmt::format("BENCH{:08}", made_);
      event.org = AnyCell(OrgId{UINT32_MAX});
      event.person.name = "Nguyễn Văn Thử";
      event.person.sex = made_ % 20 < 10 ? Sex::kMale : Sex::kFemale;
      event.person.born_on = event.date.AddYears(-25);
      event.person.ethnicity = "Kinh";
      event.person.religion = "none";
      event.person.education = "12/12";
      event.person.theory_level = TheoryLevel::kNone;
      event.person.youth_union = true;
      break;
    }
    case 4:
    case 5:
    case 6:
    case 7: {
      const auto [member, org] = TakeActiveMember();
      event.type = EventType::kMemberTransferred;
      event.member = member_ids_[Index(member)];
      event.org = org_codes_[Index(org)];
      event.to = AnyCell(org);
      break;
    }
    case 8: {
      const auto [member, org] = TakeActiveMember();
      event.type = EventType::kMemberDied;
      event.member = member_ids_[Index(member)];
      event.org = org_codes_[Index(org)];
      break;
    }
    default: {
      const auto [member, org] = TakeActiveMember();
      event.type = EventType::kMemberCorrected;
      event.member = member_ids_[Index(member)];
      event.org = org_codes_[Index(org)];
      event.person.name = "Trần Thị Sửa";
      break;
    }
  }
  return event;
}

std::optional<Event> UpdateEvents::ProvinceMerge() const {
  if (provinces_.size() < 2) return std::nullopt;
  Event event;
  event.type = EventType::kOrgMerged;
  event.date = first_day_.AddDays(static_cast<int32_t>(made_ / kEventsPerDay) + 1);
  event.seq = made_ + 1;
  event.doc = "bench-merge";
  event.orgs = {org_codes_[Index(provinces_[0].second)]};
  event.into = org_codes_[Index(provinces_[1].second)];
  return event;
}

}  // namespace tochuc::bench
