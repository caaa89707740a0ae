#include "store/sqlite/sqlite_ledger_store.h"

#include "store/sqlite/migrate.h"

namespace tochuc::store {
namespace {

constexpr std::string_view kSelectLedger = "SELECT seq, body FROM ledger ORDER BY seq";
constexpr std::string_view kSelectLedgerInEffectiveOrder =
    "SELECT seq, body FROM ledger ORDER BY effective_on, seq";
constexpr std::string_view kInsertLedger =
    "INSERT INTO ledger (seq, type, effective_on, member, org, doc, recorded_at, recorded_by, "
    "body) VALUES (?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?)";
constexpr std::string_view kInsertOrg =
    "INSERT INTO orgs (code, name, kind, sector, parent, life, established_on, ended_on, "
    "merged_into) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kInsertMember =
    "INSERT INTO members (id, org, name, sex, born_on, ethnicity, religion, education, "
    "theory_level, youth_union, standing, status, exempted, admitted_on, official_on, "
    "standing_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kSelectOrgs =
    "SELECT code, name, kind, sector, parent, life, established_on, ended_on, merged_into "
    "FROM orgs ORDER BY code";
constexpr std::string_view kSelectMembers =
    "SELECT id, org, name, sex, born_on, ethnicity, religion, education, theory_level, "
    "youth_union, standing, status, exempted, admitted_on, official_on, standing_since "
    "FROM members ORDER BY id";

std::optional<std::string_view> NullIfEmpty(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return text;
}

}  // namespace

SqliteLedgerStore::SqliteLedgerStore(const std::string& path) : db_(path) { Migrate(db_); }

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

void SqliteLedgerStore::ForEachInEffectiveOrder(
    const std::function<void(const StoredEvent&)>& visit) {
  Statement select = db_.Prepare(kSelectLedgerInEffectiveOrder);
  StoredEvent stored;
  while (select.Step()) {
    stored.seq = static_cast<uint64_t>(select.Int(0));
    stored.body = select.Text(1);
    visit(stored);
  }
}

void SqliteLedgerStore::Append(const std::vector<EventToStore>& events,
                               const Projection& projection, const std::string& recorded_by) {
  Transaction transaction(db_);
  Statement insert = db_.Prepare(kInsertLedger);
  for (const EventToStore& item : events) {
    const Event& e = *item.event;
    std::optional<std::string_view> org;
    if (!e.org.empty()) org = e.org;
    if (e.type == EventType::kOrgMerged) org = e.into;
    insert.Bind(1, static_cast<int64_t>(e.seq))
        .Bind(2, EventTypeName(e.type))
        .Bind(3, e.date.ToString())
        .BindNullable(4, NullIfEmpty(e.member))
        .BindNullable(5, org)
        .BindNullable(6, NullIfEmpty(e.doc))
        .Bind(7, recorded_by)
        .Bind(8, item.body);
    insert.Run();
  }
  WriteProjection(projection);
  transaction.Commit();
}

void SqliteLedgerStore::WriteProjection(const Projection& projection) {
  db_.Exec("DELETE FROM members; DELETE FROM orgs;");
  Statement insert_org = db_.Prepare(kInsertOrg);
  for (const OrgRow& o : projection.orgs) {
    insert_org.Bind(1, o.code)
        .Bind(2, o.name)
        .Bind(3, o.kind)
        .Bind(4, o.sector)
        .BindNullable(5, NullIfEmpty(o.parent))
        .Bind(6, o.life)
        .Bind(7, o.established_on)
        .BindNullable(8, NullIfEmpty(o.ended_on))
        .BindNullable(9, NullIfEmpty(o.merged_into));
    insert_org.Run();
  }
  Statement insert_member = db_.Prepare(kInsertMember);
  for (const MemberRow& m : projection.members) {
    insert_member.Bind(1, m.id)
        .Bind(2, m.org)
        .Bind(3, m.name)
        .Bind(4, m.sex)
        .Bind(5, m.born_on)
        .Bind(6, m.ethnicity)
        .Bind(7, m.religion)
        .Bind(8, m.education)
        .Bind(9, m.theory_level)
        .Bind(10, int64_t{m.youth_union})
        .Bind(11, m.standing)
        .Bind(12, m.status)
        .Bind(13, int64_t{m.exempted})
        .Bind(14, m.admitted_on)
        .BindNullable(15, NullIfEmpty(m.official_on))
        .Bind(16, m.standing_since);
    insert_member.Run();
  }
}

Projection SqliteLedgerStore::ReadProjection() {
  Projection p;
  Statement orgs = db_.Prepare(kSelectOrgs);
  while (orgs.Step()) {
    p.orgs.push_back({orgs.Text(0), orgs.Text(1), orgs.Text(2), orgs.Text(3), orgs.Text(4),
                      orgs.Text(5), orgs.Text(6), orgs.Text(7), orgs.Text(8)});
  }
  Statement members = db_.Prepare(kSelectMembers);
  while (members.Step()) {
    p.members.push_back({members.Text(0), members.Text(1), members.Text(2), members.Text(3),
                         members.Text(4), members.Text(5), members.Text(6), members.Text(7),
                         members.Text(8), members.Int(9) != 0, members.Text(10), members.Text(11),
                         members.Int(12) != 0, members.Text(13), members.Text(14),
                         members.Text(15)});
  }
  return p;
}

}  // namespace tochuc::store
