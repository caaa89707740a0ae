#include "generate/province_merger.h"

#include <fmt/format.h>

#include <string>
#include <vector>

namespace tochuc::generate {
namespace {

// The Politburo's decisions on the merged provinces' party committees are
// numbered from here, one per new province ("300-QĐ/TW").
constexpr int kFirstDecisionNumber = 300;

// "A, B và C".
std::string JoinNames(const std::vector<std::string>& names) {
  std::string joined;
  for (size_t name_idx = 0; name_idx < names.size(); ++name_idx) {
    if (name_idx > 0) joined += name_idx + 1 == names.size() ? " và " : ", ";
    joined += names[name_idx];
  }
  return joined;
}

// A province's bloc committee with that name, or kNoOrg.
OrgIdx FindBloc(const ProvinceState& state, const std::string& name) {
  for (OrgIdx child : state.org(state.root()).children) {
    if (state.org(child).role == OrgRole::kBloc && state.org(child).name == name) return child;
  }
  return kNoOrg;
}

void MergeGroup(Date day, ProvinceRun& survivor, const std::vector<ProvinceRun*>& merged,
                const std::string& doc) {
  ProvinceState& kept = survivor.state();
  std::vector<std::string> roots;
  std::vector<std::string> names;
  for (ProvinceRun* run : merged) {
    roots.push_back(run->state().LedgerCode(run->state().root()));
    names.push_back(run->state().org(run->state().root()).name);
  }
  names.push_back(kept.org(kept.root()).name);
  const std::string note = fmt::format("Hợp nhất {} (Nghị quyết 202/2025/QH15)", JoinNames(names));
  survivor.writer().MergeIn(day, roots, kept.root(), doc, note);
  for (ProvinceRun* run : merged) {
    run->state().MergeAway(run->state().root(), kept.LedgerCode(kept.root()));
  }
  // The blocs: each merged province's bloc joins the survivor's namesake.
  for (OrgIdx bloc : kept.org(kept.root()).children) {
    if (kept.org(bloc).role != OrgRole::kBloc) continue;
    std::vector<std::string> codes;
    std::vector<std::pair<ProvinceRun*, OrgIdx>> joining;
    for (ProvinceRun* run : merged) {
      const OrgIdx other = FindBloc(run->state(), kept.org(bloc).name);
      if (other == kNoOrg) continue;
      codes.push_back(run->state().LedgerCode(other));
      joining.emplace_back(run, other);
    }
    if (codes.empty()) continue;
    survivor.writer().MergeIn(day, codes, bloc, doc, note);
    for (auto& [run, other] : joining) run->state().MergeAway(other, kept.LedgerCode(bloc));
  }
}

}  // namespace

void MergeProvinces(Date day, std::span<const ProvinceProfile> profiles,
                    std::span<const std::unique_ptr<ProvinceRun>> runs) {
  int decision = kFirstDecisionNumber;
  for (size_t survivor_idx = 0; survivor_idx < profiles.size(); ++survivor_idx) {
    if (!profiles[survivor_idx].merged_into.empty()) continue;
    std::vector<ProvinceRun*> merged;
    for (size_t other_idx = 0; other_idx < profiles.size(); ++other_idx) {
      if (profiles[other_idx].merged_into == profiles[survivor_idx].name) {
        merged.push_back(runs[other_idx].get());
      }
    }
    if (merged.empty()) continue;
    MergeGroup(day, *runs[survivor_idx], merged, fmt::format("{}-QĐ/TW", decision++));
  }
}

}  // namespace tochuc::generate
