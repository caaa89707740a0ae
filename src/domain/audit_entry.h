// AuditEntry: one line of the audit log (domain.md § Confidentiality): who
// did what to which record. Every change and every read of a confidential
// field writes one, in the same transaction as the change.
//
// The store numbers entries and chains them: each carries the hash of the
// one before, so an edited, deleted or reordered entry shows (AuditLog).
#pragma once

#include <string>

namespace tochuc {

struct AuditEntry {
  std::string actor;    // the user's login; "cli:<name>" from the command line
  std::string action;   // "ledger.appended", "member.confidential_read", "user.added", ...
  std::string subject;  // the member id, org code or user login concerned
  std::string detail;   // a JSON object with the particulars (may be "{}")
};

// A stored entry: the store adds its number, time and chain.
struct StoredAuditEntry {
  int64_t seq = 0;
  std::string at;  // UTC, ISO 8601, set by the store
  AuditEntry entry;
  std::string prev_hash, hash;  // hex SHA-256
};

}  // namespace tochuc
