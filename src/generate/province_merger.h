// The 2025 merger of provinces in a national ledger (63 became 34): on
// 1 July 2025, after the districts are gone, the roots of each group's
// merged provinces are merged into the root of the province that keeps its
// name, and their bloc committees into the survivor's bloc of the same name
// (one org.merged each, with the Politburo's decision).
//
// The merged provinces' runs go on writing the events of their members and
// orgs, which now sit under the survivor: their states name the merged
// roots and blocs through ProvinceState::MergeAway. Not thread-safe.
#pragma once

#include <memory>
#include <span>

#include "domain/date.h"
#include "generate/province_profiles.h"
#include "generate/province_run.h"

namespace tochuc::generate {

// REQUIRES: runs[i] runs profiles[i]; every `merged_into` names a profile
// that stays, or one absent from `profiles` (that province is then left as
// it is); nothing merged before.
void MergeProvinces(Date day, std::span<const ProvinceProfile> profiles,
                    std::span<const std::unique_ptr<ProvinceRun>> runs);

}  // namespace tochuc::generate
