// Projection: the current state of every org and member as flat rows, the
// form in which a store keeps it next to the ledger. It is always derived
// from the ledger (ProjectState) and can be rebuilt and compared at any time
// (`tochuc verify`).
#pragma once

#include <string>
#include <vector>

#include "domain/ledger_state.h"

namespace tochuc {

struct OrgRow {
  std::string code, name, kind, sector, parent, life, established_on, ended_on, merged_into;
  bool operator==(const OrgRow&) const = default;
};

struct MemberRow {
  std::string id, org, name, sex, born_on, ethnicity, religion, education, theory_level;
  bool youth_union = false;
  std::string standing, status;
  bool exempted = false;
  std::string admitted_on, official_on, standing_since;
  bool operator==(const MemberRow&) const = default;
};

struct Projection {
  std::vector<OrgRow> orgs;        // sorted by code
  std::vector<MemberRow> members;  // sorted by id
};

Projection ProjectState(const LedgerState& state);
// "alive", "dissolved", "merged": as the projection and the API name them.
std::string_view OrgLifeName(OrgLife life);
// One row of the projection, for a store that writes them as it goes.
OrgRow ProjectOrg(const LedgerState& state, OrgId org);
MemberRow ProjectMember(const LedgerState& state, MemberId member);

// One line per difference between what the ledger implies (`expected`) and
// what a store holds (`actual`); empty when they agree.
std::vector<std::string> DiffProjections(const Projection& expected, const Projection& actual);

}  // namespace tochuc
