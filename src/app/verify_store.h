// The verify use case: rebuild the projection from the ledger and compare it
// with what the store holds.
#pragma once

#include <string>
#include <vector>

#include "domain/ledger_store.h"

namespace tochuc::app {

struct VerifyResult {
  size_t events = 0;
  std::vector<std::string> differences;  // empty when the store is consistent
};

VerifyResult VerifyStore(LedgerStore& store);

}  // namespace tochuc::app
