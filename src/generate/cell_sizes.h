// How many members an org of each sort opens with, before the plan scales
// the whole tree to the members asked for. Sizes are skewed as real cells
// are: a few cells of 3-5 members, most of 10-40, some of several hundred
// (urban blocks full of retirees, large factories).
#pragma once

#include <cstdint>

#include "generate/random.h"

namespace tochuc::generate {

enum class SizeClass : uint8_t {
  kHamlet,      // rural thôn / ấp / bản
  kUrbanBlock,  // khu phố / tổ dân phố
  kCommuneSchool,
  kClinic,
  kCommuneForce,  // commune military or police cell
  kCommuneOffice,
  kAgency,    // a district or provincial office
  kSchool,    // upper-secondary school, college department
  kHospital,  // hospital, health or culture centre
  kStateEnterprise,
  kPrivateEnterprise,
  kDepartment,  // a cell inside an agency or enterprise committee
  kForceUnit,   // a cell of the district police or army
};

uint32_t PlannedSize(Random& rng, SizeClass size_class);

}  // namespace tochuc::generate
