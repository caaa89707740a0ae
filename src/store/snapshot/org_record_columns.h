// The fields every org has in both snapshots, as columns: the read model's
// OrgInfo and the ledger state's OrgState name them alike (code, name,
// sector, kind, established_on, life, ended_on).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/ledger_state.h"
#include "domain/org_kind.h"
#include "store/snapshot/binary_stream.h"

namespace tochuc::snapshot {

struct OrgRecordColumns {
  std::vector<std::string> codes, names, sectors;
  std::vector<OrgKind> kinds;
  std::vector<Date> established_on, ended_on;
  std::vector<OrgLife> lives;
  std::vector<uint8_t> has_ended;

  template <typename Org>
  void Add(const Org& org) {
    codes.push_back(org.code);
    names.push_back(org.name);
    sectors.push_back(org.sector);
    kinds.push_back(org.kind);
    established_on.push_back(org.established_on);
    ended_on.push_back(org.ended_on.value_or(Date{}));
    lives.push_back(org.life);
    has_ended.push_back(org.ended_on.has_value());
  }

  // The number of orgs; throws DamagedSnapshot when the columns read back
  // differ in length.
  size_t CheckedSize() const {
    const size_t n = codes.size();
    if (names.size() != n || sectors.size() != n || kinds.size() != n ||
        established_on.size() != n || ended_on.size() != n || lives.size() != n ||
        has_ended.size() != n) {
      throw DamagedSnapshot("org columns differ in length");
    }
    return n;
  }

  // REQUIRES: k < CheckedSize().
  template <typename Org>
  void CopyTo(size_t k, Org& org) const {
    org.code = codes[k];
    org.name = names[k];
    org.sector = sectors[k];
    org.kind = kinds[k];
    org.established_on = established_on[k];
    org.life = lives[k];
    org.ended_on.reset();
    if (has_ended[k]) org.ended_on = ended_on[k];
  }

  template <typename Io>
  void Transfer(Io& io) {
    io.Texts(codes);
    io.Texts(names);
    io.Texts(sectors);
    io.Column(kinds);
    io.Column(established_on);
    io.Column(ended_on);
    io.Column(lives);
    io.Column(has_ended);
  }
};

}  // namespace tochuc::snapshot
