// MemberExchange: how a province of a national ledger hands a member over
// to another province of the same ledger. Within one deployment a move
// between provinces is a single member.transferred, not the pair
// transferred_out / transferred_in that links separate deployments.
//
// The national run implements it; a lone province has none. Not
// thread-safe: provinces run one at a time.
#pragma once

#include <optional>
#include <string>

#include "domain/date.h"
#include "generate/province_state.h"

namespace tochuc::generate {

class MemberExchange {
 public:
  virtual ~MemberExchange() = default;

  // Another province takes the member (ledger id `id`, record `record`)
  // into one of its member-holding orgs on `day`, and the code of that org
  // is returned; the caller then writes the member.transferred before any
  // other event. nullopt when no province takes them (nothing changed).
  // REQUIRES: the member is active.
  virtual std::optional<std::string> TakeIn(Date day, std::string id,
                                            const MemberRecord& record) = 0;
};

}  // namespace tochuc::generate
