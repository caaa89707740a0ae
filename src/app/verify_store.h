// The verify use case: rebuild the projection from the ledger and compare it
// with what the store holds, and check the audit log for tampering and for
// ledger lines it does not account for.
#pragma once

#include <string>
#include <vector>

#include "domain/audit_log.h"
#include "domain/ledger_store.h"

namespace tochuc::app {

struct VerifyResult {
  size_t events = 0;
  std::vector<std::string> differences;  // empty when the projection matches the ledger
  std::vector<std::string>
      audit_problems;  // empty when the audit chain is whole (AuditLog::Verify)
};

// REQUIRES: `store` and `audit` are of the same database.
VerifyResult VerifyStore(LedgerStore& store, AuditLog& audit);

}  // namespace tochuc::app
