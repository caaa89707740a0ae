// Vietnamese place names for the synthetic province: communes, districts,
// hamlets and the provinces members transfer to.
//
// Names are two Sino-Vietnamese syllables ("Tân Hòa", "Phú Mỹ") as most
// communes' are. Every string is NFC UTF-8. Not thread-safe.
#pragma once

#include <string>
#include <unordered_set>

#include "domain/date.h"
#include "generate/random.h"

namespace tochuc::generate {

// Hands out place names, never the same one twice.
class PlaceNamer {
 public:
  // A fresh two-syllable name; once the combinations run short (very large
  // provinces), a name with a number ("Tân Hòa 2").
  std::string Next(Random& rng);

 private:
  std::unordered_set<std::string> used_;
};

// The name of the synthetic province ("Sơn Hà"), not a real one.
std::string ProvinceName(Random& rng);

// Where a member moving out of the province goes, as the receiving party
// organization is written in the transfer ("Đảng bộ tỉnh Bình Dương");
// from 1 July 2025 the names of the merged provinces.
std::string RandomDestination(Random& rng, Date day);

// Where a member arriving came from, in the same form.
std::string RandomOrigin(Random& rng, Date day);

// A party organization outside the provinces, for a national ledger's
// members leaving it or arriving from outside: the army, the police and the
// central bodies (reorganized in early 2025).
std::string RandomCentralParty(Random& rng, Date day);

}  // namespace tochuc::generate
