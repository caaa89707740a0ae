// The audit chain in SQLite (table `audit`, migration 0004): appending an
// entry inside the caller's transaction, and checking the whole table for
// signs of tampering.
//
// Each entry's hash is the hex SHA-256 of its seq, time, actor, action,
// subject, detail and the hash of the entry before it, every field
// length-prefixed so that no two different entries encode alike. Editing an
// entry changes its hash, and every later entry names the hash before it: an
// entry edited, deleted, inserted or reordered by someone who went around the
// triggers shows. The chain holds no secret, so someone who rewrites every
// entry after the one they touched, with this same algorithm, is not caught
// by the chain alone; keeping the last hash somewhere else (a printed report,
// another system) is what catches that.
//
// Every "ledger.appended" entry names the ledger lines it accounts for, so
// the check also finds ledger lines no entry accounts for.
//
// Like Db, these belong to one thread at a time.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/audit_entry.h"
#include "store/sqlite/sqlite_db.h"

namespace tochuc::store {

// The previous hash of the first entry.
inline constexpr std::string_view kAuditChainStart =
    "0000000000000000000000000000000000000000000000000000000000000000";

// Appends `entry` after the last entry, stamped with the current UTC time,
// and returns it as stored. Throws SqliteError if it cannot be written.
// REQUIRES: a write transaction (Transaction) is open on `db`, so that no
// other connection appends between reading the last hash and writing.
StoredAuditEntry AppendAuditEntry(Db& db, const AuditEntry& entry);

// The hash `stored` should carry: that of its seq, at, entry and prev_hash.
std::string AuditEntryHash(const StoredAuditEntry& stored);

// Every entry, oldest first.
void ForEachAuditEntry(Db& db, const std::function<void(const StoredAuditEntry&)>& visit);

// One line per sign of tampering, in the order of the entries and then of the
// ledger lines; empty when the chain is whole and accounts for exactly the
// ledger's lines 1 to the last.
// REQUIRES: a transaction is open on `db` (ReadTransaction or Transaction),
// so that the audit log and the ledger are read as of one moment.
std::vector<std::string> VerifyAuditChain(Db& db);

}  // namespace tochuc::store
