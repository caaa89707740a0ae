#include "store/sqlite/sqlite_ledger_append.h"

#include <algorithm>
#include <numeric>

#include "domain/projection.h"
#include "store/sqlite/audit_chain.h"
#include "store/sqlite/ledger_coverage.h"

namespace tochuc::store {
namespace {

constexpr std::string_view kInsertLedger =
    "INSERT INTO ledger (seq, type, effective_on, member, org, doc, recorded_at, recorded_by, "
    "body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kInsertOrg =
    "INSERT INTO orgs (code, name, kind, sector, parent, life, established_on, ended_on, "
    "merged_into) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kInsertMember =
    "INSERT INTO members (id, org, name, sex, born_on, ethnicity, religion, education, "
    "theory_level, youth_union, standing, status, exempted, admitted_on, official_on, "
    "standing_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
// One row of the projection written again after an event changed it.
constexpr std::string_view kReplaceOrg =
    "INSERT OR REPLACE INTO orgs (code, name, kind, sector, parent, life, established_on, "
    "ended_on, merged_into) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kReplaceMember =
    "INSERT OR REPLACE INTO members (id, org, name, sex, born_on, ethnicity, religion, "
    "education, theory_level, youth_union, standing, status, exempted, admitted_on, "
    "official_on, standing_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
// 1 GiB of page cache: the ledger's indexes of a country stay in memory.
constexpr std::string_view kLargeCache = "PRAGMA cache_size = -1048576";
constexpr std::string_view kDefaultCache = "PRAGMA cache_size = -2000";

std::optional<std::string_view> NullIfEmpty(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return text;
}

// Indices 0..count-1 sorted by key: rows go into a table in the order of its
// primary key, which for millions of rows is ten times faster than at random.
template <typename KeyOf>
std::vector<uint32_t> KeyOrder(size_t count, KeyOf key_of) {
  std::vector<uint32_t> order(count);
  std::iota(order.begin(), order.end(), uint32_t{0});
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return key_of(a) < key_of(b); });
  return order;
}

}  // namespace

void ForEachLineInEffectiveOrder(Db& db, const std::function<void(const StoredEvent&)>& visit) {
  Statement select = db.Prepare("SELECT seq, body FROM ledger ORDER BY effective_on, seq");
  StoredEvent stored;
  while (select.Step()) {
    stored.seq = static_cast<uint64_t>(select.Int(0));
    stored.body = select.Text(1);
    visit(stored);
  }
}

SqliteLedgerAppend::SqliteLedgerAppend(Db& db, std::string recorded_by)
    : db_(db), recorded_by_(std::move(recorded_by)) {
  {
    Statement last = db_.Prepare("SELECT COALESCE(MAX(seq), 0) FROM ledger");
    last.Step();
    first_seq_ = last.Int(0) + 1;
  }
  bulk_ = first_seq_ == 1;
  {
    // One moment for the whole append: its lines are recorded together.
    Statement now = db_.Prepare("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    now.Step();
    recorded_at_ = now.Text(0);
  }
  db_.Exec(kLargeCache);
  db_.Exec("PRAGMA threads = 2");  // CREATE INDEX sorts on both cores
  if (bulk_) {
    // Refused while another connection reads; then the log simply stays.
    try {
      db_.Exec("PRAGMA journal_mode = DELETE");
    } catch (const SqliteError&) {
    }
  }
  transaction_.emplace(db_);
  if (bulk_) DropSecondaryIndexes();
  insert_.emplace(db_.Prepare(kInsertLedger));
}

SqliteLedgerAppend::~SqliteLedgerAppend() {
  if (!transaction_) return;
  insert_.reset();
  transaction_.reset();  // rolls back
  try {
    Finish();
  } catch (const SqliteError&) {
    // The rollback stands; only the connection's settings could not be restored.
  }
}

void SqliteLedgerAppend::DropSecondaryIndexes() {
  {
    Statement indexes = db_.Prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND "
        "tbl_name = 'ledger' AND name <> 'ledger_effective_order'");
    while (indexes.Step()) dropped_.push_back({indexes.Text(0), indexes.Text(1)});
  }
  for (const DroppedIndex& index : dropped_) db_.Exec("DROP INDEX \"" + index.name + "\"");
}

void SqliteLedgerAppend::Add(const Event& e, std::string_view body) {
  std::string_view org = e.type == EventType::kOrgMerged ? e.into : e.org;
  const std::string date = e.date.ToString();
  insert_->Bind(1, static_cast<int64_t>(e.seq))
      .BindUncopied(2, EventTypeName(e.type))
      .BindUncopied(3, date)
      .BindUncopiedNullable(4, NullIfEmpty(e.member))
      .BindUncopiedNullable(5, NullIfEmpty(org))
      .BindUncopiedNullable(6, NullIfEmpty(e.doc))
      .BindUncopied(7, recorded_at_)
      .BindUncopied(8, recorded_by_)
      .BindUncopied(9, body);
  insert_->Run();
  if (!first_added_) first_added_ = static_cast<int64_t>(e.seq);
  last_added_ = static_cast<int64_t>(e.seq);
}

void SqliteLedgerAppend::ForEachInEffectiveOrder(
    const std::function<void(const StoredEvent&)>& visit) {
  ForEachLineInEffectiveOrder(db_, visit);
}

void SqliteLedgerAppend::ForEachAddedKey(
    const std::function<void(uint64_t, std::string_view, std::string_view, std::string_view,
                             std::string_view)>& visit) {
  Statement select = db_.Prepare(
      "SELECT seq, type, effective_on, COALESCE(member, ''), COALESCE(org, '') FROM ledger "
      "WHERE seq >= ? ORDER BY seq");
  select.Bind(1, first_seq_);
  while (select.Step()) {
    visit(static_cast<uint64_t>(select.Int(0)), select.Text(1), select.Text(2), select.Text(3),
          select.Text(4));
  }
}

void SqliteLedgerAppend::Commit(const LedgerState& state) {
  insert_.reset();
  WriteProjection(state);
  for (const DroppedIndex& index : dropped_) db_.Exec(index.sql);
  AuditAddedLines();
  transaction_->Commit();
  transaction_.reset();
  Finish();
}

void SqliteLedgerAppend::CommitChanged(const LedgerState& state,
                                       const std::vector<MemberId>& members,
                                       const std::vector<OrgId>& orgs) {
  insert_.reset();
  Statement replace_org = db_.Prepare(kReplaceOrg);
  for (OrgId org : orgs) WriteOrg(replace_org, ProjectOrg(state, org));
  Statement replace_member = db_.Prepare(kReplaceMember);
  for (MemberId member : members) WriteMember(replace_member, ProjectMember(state, member));
  for (const DroppedIndex& index : dropped_) db_.Exec(index.sql);
  AuditAddedLines();
  transaction_->Commit();
  transaction_.reset();
  Finish();
}

void SqliteLedgerAppend::WriteOrg(Statement& insert, const OrgRow& o) {
  insert.BindUncopied(1, o.code)
      .BindUncopied(2, o.name)
      .BindUncopied(3, o.kind)
      .BindUncopied(4, o.sector)
      .BindUncopiedNullable(5, NullIfEmpty(o.parent))
      .BindUncopied(6, o.life)
      .BindUncopied(7, o.established_on)
      .BindUncopiedNullable(8, NullIfEmpty(o.ended_on))
      .BindUncopiedNullable(9, NullIfEmpty(o.merged_into));
  insert.Run();
}

void SqliteLedgerAppend::WriteMember(Statement& insert, const MemberRow& m) {
  insert.BindUncopied(1, m.id)
      .BindUncopied(2, m.org)
      .BindUncopied(3, m.name)
      .BindUncopied(4, m.sex)
      .BindUncopied(5, m.born_on)
      .BindUncopied(6, m.ethnicity)
      .BindUncopied(7, m.religion)
      .BindUncopied(8, m.education)
      .BindUncopied(9, m.theory_level)
      .Bind(10, int64_t{m.youth_union})
      .BindUncopied(11, m.standing)
      .BindUncopied(12, m.status)
      .Bind(13, int64_t{m.exempted})
      .BindUncopied(14, m.admitted_on)
      .BindUncopiedNullable(15, NullIfEmpty(m.official_on))
      .BindUncopied(16, m.standing_since);
  insert.Run();
}

// One entry for the whole append, however many lines: a country's first
// import stays one row.
void SqliteLedgerAppend::AuditAddedLines() {
  if (!first_added_) return;
  AppendAuditEntry(db_, LedgerAppendedEntry(recorded_by_, *first_added_, last_added_));
}

void SqliteLedgerAppend::Finish() {
  db_.Exec(kDefaultCache);
  if (bulk_) db_.Exec("PRAGMA journal_mode = WAL");
}

void SqliteLedgerAppend::WriteProjection(const LedgerState& state) {
  db_.Exec("DELETE FROM members; DELETE FROM orgs;");
  Statement insert_org = db_.Prepare(kInsertOrg);
  for (uint32_t idx : KeyOrder(state.org_count(), [&](uint32_t i) -> const std::string& {
         return state.org(static_cast<OrgId>(i)).code;
       })) {
    WriteOrg(insert_org, ProjectOrg(state, static_cast<OrgId>(idx)));
  }
  Statement insert_member = db_.Prepare(kInsertMember);
  for (uint32_t idx : KeyOrder(state.member_count(), [&](uint32_t i) -> const std::string& {
         return state.member(static_cast<MemberId>(i)).id;
       })) {
    WriteMember(insert_member, ProjectMember(state, static_cast<MemberId>(idx)));
  }
}

}  // namespace tochuc::store
