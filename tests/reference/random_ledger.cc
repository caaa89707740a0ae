#include "random_ledger.h"

#include <algorithm>
#include <utility>

#include "ledger_generator.h"

namespace tochuc::reference {

uint64_t SplitMix64::Next() {
  state_ += 0x9E3779B97F4A7C15ull;
  uint64_t z = state_;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

uint64_t SplitMix64::Below(uint64_t n) { return Next() % n; }

int SplitMix64::Between(int low, int high) {
  return low + static_cast<int>(Below(static_cast<uint64_t>(high - low) + 1));
}

LedgerGenerator::LedgerGenerator(uint64_t seed, const RandomLedgerOptions& options)
    : rng_(seed ^ 0x746F636875635F72ull), options_(options) {
  target_members_ = rng_.Between(options.min_members, options.max_members);
  years_ = rng_.Between(options.min_years, options.max_years);
  start_ = Date::FromCivil(rng_.Between(2005, 2020), rng_.Between(1, 12), rng_.Between(1, 28));
  end_ = start_.AddYears(years_);
  today_ = start_;
}

std::vector<Event> LedgerGenerator::Run() && {
  BuildOpeningTree();
  RegisterOpeningMembers();
  const Date end = end_;
  const int span_days = end.days() - start_.days();
  // About one and a half member events per member and year.
  const int planned = std::max(60, target_members_ * years_ * 3 / 2);
  const int mean_gap = std::max(1, span_days * (100 - options_.same_day_percent) / 100 / planned);
  while (true) {
    if (!rng_.Percent(options_.same_day_percent)) {
      today_ = today_.AddDays(rng_.Between(1, 2 * mean_gap));
    }
    if (today_ > end) break;
    DrawOne();
  }
  return std::move(events_);
}

// Applies the event dated today; drops it and returns false when refused.
bool LedgerGenerator::Emit(Event event) {
  event.date = today_;
  event.seq = events_.size() + 1;
  if (!state_.Apply(event).empty()) return false;
  Touch(event);
  events_.push_back(std::move(event));
  return true;
}

// Remembers the orgs and members an event concerned, so that later draws
// often return to them: that is what puts a transfer and a merge of the
// same org on one day.
void LedgerGenerator::Touch(const Event& event) {
  auto remember_org = [&](const std::string& code) {
    if (auto id = state_.FindOrg(code)) Remember(recent_orgs_, *id);
  };
  if (!event.org.empty()) remember_org(event.org);
  if (event.parent) remember_org(*event.parent);
  if (!event.into.empty()) remember_org(event.into);
  if (!event.to.empty()) remember_org(event.to);
  for (const std::string& code : event.orgs) remember_org(code);
  if (!event.member.empty()) {
    const MemberId member = *state_.FindMember(event.member);
    Remember(recent_members_, member);
    if (state_.member(member).standing == Standing::kActive) {
      Remember(recent_orgs_, state_.member(member).org);
    }
  }
}

int LedgerGenerator::LiveHoldingOrgs() const {
  int count = 0;
  for (uint32_t idx = 0; idx < state_.org_count(); ++idx) {
    const OrgState& o = state_.org(static_cast<OrgId>(idx));
    count += o.life == OrgLife::kAlive && HoldsMembers(o.kind);
  }
  return count;
}

void LedgerGenerator::DrawOne() {
  for (int attempt = 0; attempt < 20; ++attempt) {
    const bool org_event = rng_.Percent(options_.org_event_percent);
    if (org_event ? DrawOrgEvent() : DrawMemberEvent()) return;
  }
}

bool LedgerGenerator::DrawOrgEvent() {
  switch (rng_.Below(10)) {
    case 0:
    case 1:
    case 2: return EstablishSome();
    case 3: return Rename();
    case 4:
    case 5: return Move();
    case 6:
    case 7: return Merge();
    default: return Dissolve();
  }
}

// Members are created (registered, admitted, transferred in) at a pace
// that spreads the target over the whole span, so that admissions happen in
// every year.
bool LedgerGenerator::MayCreate() const {
  const int span = std::max(1, end_.days() - start_.days());
  const int elapsed = today_.days() - start_.days() + 60;
  const int due = opening_members_ + (target_members_ - opening_members_) * elapsed / span;
  return members_created_ < std::min(target_members_, due);
}

bool LedgerGenerator::DrawMemberEvent() {
  enum class Kind {
    kRegister,
    kAdmit,
    kRecognize,
    kProbationRemoved,
    kTransfer,
    kTransferOut,
    kTransferIn,
    kExempt,
    kEndExemption,
    kRemove,
    kExpel,
    kDie,
    kReadmit,
    kCorrect
  };
  static constexpr std::pair<Kind, int> kWeights[] = {
      {Kind::kRegister, 1},         {Kind::kAdmit, 10},    {Kind::kRecognize, 6},
      {Kind::kProbationRemoved, 2}, {Kind::kTransfer, 18}, {Kind::kTransferOut, 3},
      {Kind::kTransferIn, 4},       {Kind::kExempt, 2},    {Kind::kEndExemption, 2},
      {Kind::kRemove, 2},           {Kind::kExpel, 1},     {Kind::kDie, 2},
      {Kind::kReadmit, 2},          {Kind::kCorrect, 3}};
  int total = 0;
  for (const auto& [kind, weight] : kWeights) total += weight;
  int pick = static_cast<int>(rng_.Below(static_cast<uint64_t>(total)));
  Kind kind = Kind::kCorrect;
  for (const auto& [candidate, weight] : kWeights) {
    if (pick < weight) {
      kind = candidate;
      break;
    }
    pick -= weight;
  }
  const bool may_create = MayCreate();
  switch (kind) {
    case Kind::kRegister: return may_create && Register();
    case Kind::kAdmit: return may_create && Admit();
    case Kind::kRecognize: return RecognizeOfficial();
    case Kind::kProbationRemoved: return OfActive(EventType::kMemberProbationRemoved, true);
    case Kind::kTransfer: return Transfer();
    case Kind::kTransferOut: return OfActive(EventType::kMemberTransferredOut, false);
    case Kind::kTransferIn: return TransferIn(may_create);
    case Kind::kExempt: return Exempt(true);
    case Kind::kEndExemption: return Exempt(false);
    case Kind::kRemove: return OfActive(EventType::kMemberRemoved, false);
    case Kind::kExpel: return OfActive(EventType::kMemberExpelled, false);
    case Kind::kDie: return OfActive(EventType::kMemberDied, false);
    case Kind::kReadmit: return Readmit();
    case Kind::kCorrect: return Correct();
  }
  return false;
}

std::vector<Event> RandomLedger(uint64_t seed, const RandomLedgerOptions& options) {
  return LedgerGenerator(seed, options).Run();
}

}  // namespace tochuc::reference
