#include "store/sqlite/audit_chain.h"

#include <fmt/format.h>
#include <sodium.h>

#include <array>

#include "store/sqlite/ledger_coverage.h"

namespace tochuc::store {
namespace {

constexpr std::string_view kSelectEntries =
    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit ORDER BY seq";
// The entry before the next one, and the moment of the next one.
constexpr std::string_view kSelectChainEnd =
    "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "(SELECT seq FROM audit ORDER BY seq DESC LIMIT 1), "
    "(SELECT hash FROM audit ORDER BY seq DESC LIMIT 1)";
constexpr std::string_view kInsertEntry =
    "INSERT INTO audit (seq, at, actor, action, subject, detail, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
// The lines a "ledger.appended" entry names; NULL for other entries and for
// a detail that is not JSON (CASE keeps json_extract from failing on it).
constexpr std::string_view kSelectAccountedLines =
    "SELECT seq, "
    "CASE WHEN json_valid(detail) THEN json_extract(detail, '$.first_seq') END, "
    "CASE WHEN json_valid(detail) THEN json_extract(detail, '$.last_seq') END "
    "FROM audit WHERE action = 'ledger.appended' ORDER BY seq";
constexpr std::string_view kSelectLedgerEnd = "SELECT COALESCE(MAX(seq), 0) FROM ledger";
// Names the encoding inside what is hashed, so that a later change of it
// cannot produce the hash of an entry encoded the old way.
constexpr std::string_view kEncoding = "tochuc.audit.v1";

// A netstring: "<length>:<bytes>,". Lengths make the encoding unambiguous:
// no choice of field contents can shift bytes from one field to the next.
void AppendField(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ',';
}

std::string HexSha256(std::string_view bytes) {
  // libsodium asks to be initialized before use; the first call does it.
  static const bool sodium_ready = sodium_init() >= 0;
  if (!sodium_ready) throw SqliteError("libsodium could not be initialized");
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                     bytes.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data(), hex.size() - 1);
}

StoredAuditEntry ReadEntry(const Statement& row) {
  return {row.Int(0),
          row.Text(1),
          {row.Text(2), row.Text(3), row.Text(4), row.Text(5)},
          row.Text(6),
          row.Text(7)};
}

// Each entry in turn against the one before it: its seq follows, it names
// that entry's hash, and its own hash matches its content.
class ChainWalk {
 public:
  void Visit(const StoredAuditEntry& stored) {
    const int64_t expected_seq = last_seq_ + 1;
    if (stored.seq == expected_seq + 1) {
      problems_.push_back(fmt::format("audit entry {}: entry {} before it is missing (deleted)",
                                      stored.seq, expected_seq));
    } else if (stored.seq > expected_seq) {
      problems_.push_back(
          fmt::format("audit entry {}: entries {} to {} before it are missing (deleted)",
                      stored.seq, expected_seq, stored.seq - 1));
    }
    if (stored.prev_hash != last_hash_) {
      problems_.push_back(
          last_seq_ == 0
              ? fmt::format(
                    "audit entry {}: its previous hash is not the start of the chain (an entry "
                    "deleted, inserted or reordered)",
                    stored.seq)
              : fmt::format(
                    "audit entry {}: its previous hash is not the hash of entry {} (an entry "
                    "deleted, inserted or reordered)",
                    stored.seq, last_seq_));
    }
    if (AuditEntryHash(stored) != stored.hash) {
      problems_.push_back(
          fmt::format("audit entry {}: its content does not match its hash (edited)", stored.seq));
    }
    last_seq_ = stored.seq;
    last_hash_ = stored.hash;
  }

  std::vector<std::string> TakeProblems() { return std::move(problems_); }

 private:
  int64_t last_seq_ = 0;
  std::string last_hash_{kAuditChainStart};
  std::vector<std::string> problems_;
};

}  // namespace

std::string AuditEntryHash(const StoredAuditEntry& stored) {
  std::string encoded;
  AppendField(encoded, kEncoding);
  AppendField(encoded, std::to_string(stored.seq));
  AppendField(encoded, stored.at);
  AppendField(encoded, stored.entry.actor);
  AppendField(encoded, stored.entry.action);
  AppendField(encoded, stored.entry.subject);
  AppendField(encoded, stored.entry.detail);
  AppendField(encoded, stored.prev_hash);
  return HexSha256(encoded);
}

StoredAuditEntry AppendAuditEntry(Db& db, const AuditEntry& entry) {
  StoredAuditEntry stored;
  stored.entry = entry;
  {
    Statement end = db.Prepare(kSelectChainEnd);
    end.Step();
    stored.at = end.Text(0);
    stored.seq = end.IsNull(1) ? 1 : end.Int(1) + 1;
    stored.prev_hash = end.IsNull(2) ? std::string(kAuditChainStart) : end.Text(2);
  }
  stored.hash = AuditEntryHash(stored);
  db.Prepare(kInsertEntry)
      .Bind(1, stored.seq)
      .BindUncopied(2, stored.at)
      .BindUncopied(3, stored.entry.actor)
      .BindUncopied(4, stored.entry.action)
      .BindUncopied(5, stored.entry.subject)
      .BindUncopied(6, stored.entry.detail)
      .BindUncopied(7, stored.prev_hash)
      .BindUncopied(8, stored.hash)
      .Run();
  return stored;
}

void ForEachAuditEntry(Db& db, const std::function<void(const StoredAuditEntry&)>& visit) {
  Statement select = db.Prepare(kSelectEntries);
  while (select.Step()) visit(ReadEntry(select));
}

std::vector<std::string> VerifyAuditChain(Db& db) {
  ChainWalk walk;
  ForEachAuditEntry(db, [&](const StoredAuditEntry& stored) { walk.Visit(stored); });
  std::vector<std::string> problems = walk.TakeProblems();

  std::vector<AccountedLines> accounted;
  Statement select = db.Prepare(kSelectAccountedLines);
  while (select.Step()) {
    const int64_t entry_seq = select.Int(0);
    if (!select.IsInteger(1) || !select.IsInteger(2) || select.Int(1) < 1 ||
        select.Int(2) < select.Int(1)) {
      problems.push_back(fmt::format(
          "audit entry {}: its detail does not name the ledger lines it accounts for", entry_seq));
      continue;
    }
    accounted.push_back({entry_seq, select.Int(1), select.Int(2)});
  }
  Statement ledger_end = db.Prepare(kSelectLedgerEnd);
  ledger_end.Step();
  for (std::string& problem : CheckLedgerCoverage(std::move(accounted), ledger_end.Int(0))) {
    problems.push_back(std::move(problem));
  }
  return problems;
}

}  // namespace tochuc::store
