// AuditLog: the append-only, hash-chained audit table. The domain owns the
// interface; src/store implements it per database.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "domain/audit_entry.h"

namespace tochuc {

class AuditLog {
 public:
  virtual ~AuditLog() = default;

  // Appends one entry in a transaction of its own (a read of a confidential
  // field; changes append theirs inside their own transaction instead).
  virtual void Append(const AuditEntry& entry) = 0;
  // Every entry, oldest first.
  virtual void ForEach(const std::function<void(const StoredAuditEntry&)>& visit) = 0;
  // One line per sign of tampering (an entry edited, deleted, inserted or
  // reordered; ledger lines no "ledger.appended" entry accounts for); empty
  // when the chain is whole.
  virtual std::vector<std::string> Verify() = 0;
};

}  // namespace tochuc
