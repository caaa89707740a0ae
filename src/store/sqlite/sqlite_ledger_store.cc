#include "store/sqlite/sqlite_ledger_store.h"

#include "store/sqlite/migrate.h"
#include "store/sqlite/sqlite_ledger_append.h"

namespace tochuc::store {
namespace {

constexpr std::string_view kSelectLedger = "SELECT seq, body FROM ledger ORDER BY seq";
constexpr std::string_view kSelectOrgs =
    "SELECT code, name, kind, sector, parent, life, established_on, ended_on, merged_into "
    "FROM orgs ORDER BY code";
constexpr std::string_view kMemberColumns =
    "SELECT id, org, name, sex, born_on, ethnicity, religion, education, theory_level, "
    "youth_union, standing, status, exempted, admitted_on, official_on, standing_since "
    "FROM members ";

// The member row at the statement's current result (kMemberColumns).
MemberRow MemberRowOf(const Statement& members) {
  return {members.Text(0),      members.Text(1),     members.Text(2),  members.Text(3),
          members.Text(4),      members.Text(5),     members.Text(6),  members.Text(7),
          members.Text(8),      members.Int(9) != 0, members.Text(10), members.Text(11),
          members.Int(12) != 0, members.Text(13),    members.Text(14), members.Text(15)};
}

}  // namespace

SqliteLedgerStore::SqliteLedgerStore(const std::string& path) : db_(OpenMigrated(path)) {}

std::vector<StoredEvent> SqliteLedgerStore::ReadLedger() {
  std::vector<StoredEvent> out;
  Statement select = db_.Prepare(kSelectLedger);
  while (select.Step()) {
    out.push_back({static_cast<uint64_t>(select.Int(0)), select.Text(1)});
  }
  return out;
}

std::optional<StoredEvent> SqliteLedgerStore::LastStored() {
  Statement select = db_.Prepare("SELECT seq, body FROM ledger ORDER BY seq DESC LIMIT 1");
  if (!select.Step()) return std::nullopt;
  return StoredEvent{static_cast<uint64_t>(select.Int(0)), select.Text(1)};
}

std::optional<StoredEvent> SqliteLedgerStore::Stored(uint64_t seq) {
  Statement select = db_.Prepare("SELECT seq, body FROM ledger WHERE seq = ?");
  select.Bind(1, static_cast<int64_t>(seq));
  if (!select.Step()) return std::nullopt;
  return StoredEvent{static_cast<uint64_t>(select.Int(0)), select.Text(1)};
}

void SqliteLedgerStore::ForEachAfter(uint64_t seq,
                                     const std::function<void(const StoredEvent&)>& visit) {
  Statement select = db_.Prepare("SELECT seq, body FROM ledger WHERE seq > ? ORDER BY seq");
  select.Bind(1, static_cast<int64_t>(seq));
  while (select.Step()) visit({static_cast<uint64_t>(select.Int(0)), select.Text(1)});
}

void SqliteLedgerStore::ForEachLateLine(uint64_t seq, Date through,
                                        const std::function<void(const RecordedLine&)>& visit) {
  Statement select = db_.Prepare(
      "SELECT seq, body, recorded_at, recorded_by FROM ledger WHERE seq > ? AND effective_on <= ? "
      "ORDER BY seq");
  select.Bind(1, static_cast<int64_t>(seq)).Bind(2, through.ToString());
  while (select.Step()) {
    visit({{static_cast<uint64_t>(select.Int(0)), select.Text(1)}, select.Text(2), select.Text(3)});
  }
}

void SqliteLedgerStore::ForEachLineOfMember(std::string_view member,
                                            const std::function<void(const RecordedLine&)>& visit) {
  Statement select = db_.Prepare(
      "SELECT seq, body, recorded_at, recorded_by FROM ledger WHERE member = ? "
      "ORDER BY effective_on, seq");
  select.Bind(1, member);
  while (select.Step()) {
    visit({{static_cast<uint64_t>(select.Int(0)), select.Text(1)}, select.Text(2), select.Text(3)});
  }
}

std::optional<MemberRow> SqliteLedgerStore::ReadMemberRow(std::string_view member) {
  Statement select = db_.Prepare(std::string(kMemberColumns) + "WHERE id = ?");
  select.Bind(1, member);
  if (!select.Step()) return std::nullopt;
  return MemberRowOf(select);
}

void SqliteLedgerStore::ForEachInEffectiveOrder(
    const std::function<void(const StoredEvent&)>& visit) {
  ForEachLineInEffectiveOrder(db_, visit);
}

std::unique_ptr<LedgerAppend> SqliteLedgerStore::BeginAppend(const std::string& recorded_by) {
  return std::make_unique<SqliteLedgerAppend>(db_, recorded_by);
}

Projection SqliteLedgerStore::ReadProjection() {
  Projection p;
  Statement orgs = db_.Prepare(kSelectOrgs);
  while (orgs.Step()) {
    p.orgs.push_back({orgs.Text(0), orgs.Text(1), orgs.Text(2), orgs.Text(3), orgs.Text(4),
                      orgs.Text(5), orgs.Text(6), orgs.Text(7), orgs.Text(8)});
  }
  Statement members = db_.Prepare(std::string(kMemberColumns) + "ORDER BY id");
  while (members.Step()) p.members.push_back(MemberRowOf(members));
  return p;
}

}  // namespace tochuc::store
