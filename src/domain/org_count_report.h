// The organizations report: orgs strictly under a unit alive at the end of a
// day, by kind and by sector ("817 grassroots = 301 committees + 516 cells").
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "domain/read_model.h"

namespace tochuc {

struct OrgCountReport {
  int64_t total = 0;
  int64_t grassroots = 0;
  std::map<std::string, int64_t> by_kind;
  std::map<std::string, int64_t> by_sector;
};

OrgCountReport ComputeOrgCounts(const ReadModel& model, OrgId org, Date day);

}  // namespace tochuc
