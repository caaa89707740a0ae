#include "generate/national_generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <span>
#include <stdexcept>
#include <vector>

#include "generate/member_exchange.h"
#include "generate/province_merger.h"
#include "generate/province_profiles.h"
#include "generate/province_run.h"

namespace tochuc::generate {
namespace {

constexpr int64_t kFullNationMembers = 5'500'000;
constexpr int64_t kSmallNationMembers = 50'000;
// Share of the final members already there in 2005: the same yearly net
// growth as a lone province's, over twenty-one years.
constexpr double kNationOpeningShare = 0.78;

class Nation;

// One province's door to the others (MemberExchange).
class ProvinceDoor : public MemberExchange {
 public:
  ProvinceDoor(Nation& nation, size_t province) : nation_(nation), province_(province) {}
  std::optional<std::string> TakeIn(Date day, std::string id, const MemberRecord& record) override;

 private:
  Nation& nation_;
  size_t province_;
};

class Nation {
 public:
  Nation(const NationOptions& options, const EventSink& sink)
      : profiles_(options.size == NationSize::kSmall ? SmallNationProvinces() : VietnamProvinces()),
        rng_(options.seed) {
    const int64_t total = options.members > 0                  ? options.members
                          : options.size == NationSize::kSmall ? kSmallNationMembers
                                                               : kFullNationMembers;
    const std::vector<int64_t> sizes = ShareOut(total);
    for (size_t province_idx = 0; province_idx < profiles_.size(); ++province_idx) {
      const ProvinceProfile& profile = profiles_[province_idx];
      doors_.push_back(std::make_unique<ProvinceDoor>(*this, province_idx));
      ProvinceSetup setup;
      setup.members = sizes[province_idx];
      setup.seed = rng_.Next();
      setup.timeline = kNationTimeline;
      setup.opening_share = kNationOpeningShare;
      setup.identity = {.name = std::string(profile.name),
                        .city = profile.city,
                        .northern = !profile.southern,
                        .code_prefix = fmt::format("P{:02}", profile.number)};
      setup.exchange = doors_.back().get();
      runs_.push_back(std::make_unique<ProvinceRun>(setup, sink));
      weight_total_ += static_cast<uint64_t>(runs_.back()->members());
    }
  }

  void Run() {
    for (Date day = kNationTimeline.opening; day <= kNationTimeline.closing; day = day.AddDays(1)) {
      for (const auto& run : runs_) run->Step(day);
      if (day == kProvincesMergedDay) MergeProvinces(day, profiles_, runs_);
    }
  }

  // A member leaving `from` goes to another province, chosen in proportion
  // to its size.
  std::optional<std::string> TakeIn(size_t from, Date day, std::string id,
                                    const MemberRecord& record) {
    if (runs_.size() < 2) return std::nullopt;
    for (;;) {
      uint64_t draw = rng_.Below(weight_total_);
      size_t to = 0;
      while (draw >= static_cast<uint64_t>(runs_[to]->members())) {
        draw -= static_cast<uint64_t>(runs_[to]->members());
        ++to;
      }
      if (to != from) return runs_[to]->TakeIn(day, std::move(id), record);
    }
  }

 private:
  // The national total shared in proportion to the profiles' sizes.
  std::vector<int64_t> ShareOut(int64_t total) const {
    uint64_t weights = 0;
    for (const ProvinceProfile& profile : profiles_) weights += profile.thousands;
    std::vector<int64_t> sizes;
    for (const ProvinceProfile& profile : profiles_) {
      sizes.push_back(
          std::max<int64_t>(1, std::llround(static_cast<double>(total) * profile.thousands /
                                            static_cast<double>(weights))));
    }
    return sizes;
  }

  std::span<const ProvinceProfile> profiles_;
  Random rng_;
  std::vector<std::unique_ptr<ProvinceDoor>> doors_;
  std::vector<std::unique_ptr<ProvinceRun>> runs_;
  uint64_t weight_total_ = 0;
};

std::optional<std::string> ProvinceDoor::TakeIn(Date day, std::string id,
                                                const MemberRecord& record) {
  return nation_.TakeIn(province_, day, std::move(id), record);
}

}  // namespace

void GenerateNation(const NationOptions& options, const std::function<void(const Event&)>& emit) {
  // The provinces write in turn; their events must still come out in date
  // order as a whole.
  Date last_day = Date::Min();
  const EventSink sink = [&](const Event& event) {
    if (event.date < last_day) {
      throw std::logic_error("generator bug: national ledger went back from " +
                             last_day.ToString() + " to " + event.date.ToString());
    }
    last_day = event.date;
    emit(event);
  };
  Nation(options, sink).Run();
}

}  // namespace tochuc::generate
