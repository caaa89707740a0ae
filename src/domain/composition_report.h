// The composition report: the members of a unit's subtree at the end of a
// day, broken down by sex, status, ethnicity, religion, education, theory
// level, youth union, age band and party-age band. Uses the tree of that day
// and the member records with every correction applied.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "domain/read_model.h"

namespace tochuc {

using Breakdown = std::map<std::string, int64_t>;

struct CompositionReport {
  int64_t total = 0;
  int64_t exempted = 0;
  // In the order they are shown: sex, status, ethnicity, religion, education,
  // theory_level, youth_union, age_band, party_age_band.
  std::vector<std::pair<std::string, Breakdown>> by;
};

// Age bands of the statistical forms: "18_30", "31_40", ..., "over_80".
std::string AgeBand(int years);
// Party-age bands: "under_10", "10_19", ..., "50_plus".
std::string PartyAgeBand(int years);

CompositionReport ComputeComposition(const ReadModel& model, OrgId org, Date day);
// The members of several subtrees together (every root: the whole deployment).
CompositionReport ComputeComposition(const ReadModel& model, std::span<const OrgId> orgs, Date day);

}  // namespace tochuc
