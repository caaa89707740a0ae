// The audit chain on a real SQLite file: appended entries verify clean, and
// each kind of tampering someone with the file could do (drop the triggers,
// then edit, delete, swap or insert rows with plain SQL) is reported.
#include "store/sqlite/audit_chain.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "store/sqlite/sqlite_audit_log.h"
#include "store/sqlite/sqlite_ledger_store.h"
#include "testing/test_directory.h"

namespace tochuc::store {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::MatchesRegex;

class AuditChainTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tochuc::testing::FreshTestDirectory("audit");
    path_ = (dir_ / "t.db").string();
    log_ = std::make_unique<SqliteAuditLog>(path_);
  }
  void TearDown() override {
    log_.reset();
    std::filesystem::remove_all(dir_);
  }

  void AppendEntries(int count) {
    for (int idx = 0; idx < count; ++idx) {
      log_->Append({"admin", "member.confidential_read", fmt::format("M{}", idx), "{}"});
    }
  }

  std::vector<StoredAuditEntry> Entries() {
    std::vector<StoredAuditEntry> entries;
    log_->ForEach([&](const StoredAuditEntry& stored) { entries.push_back(stored); });
    return entries;
  }

  // Appends ledger lines first..last (bodies the store does not read) in one commit.
  void AppendLedgerLines(SqliteLedgerStore& ledger, uint64_t first, uint64_t last) {
    auto append = ledger.BeginAppend("clerk");
    for (uint64_t seq = first; seq <= last; ++seq) {
      Event event;
      event.seq = seq;
      event.date = Date::FromCivil(2024, 1, 1);
      append->Add(event, "{}");
    }
    append->Commit(LedgerState());
  }

  // What someone with the file could do: the triggers are only in the way.
  Db Tamper() {
    Db raw(path_);
    raw.Exec("DROP TRIGGER audit_is_append_only_update; DROP TRIGGER audit_is_append_only_delete");
    return raw;
  }

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<SqliteAuditLog> log_;
};

TEST_F(AuditChainTest, AppendedEntriesChainAndVerifyClean) {
  AppendEntries(5);
  const std::vector<StoredAuditEntry> entries = Entries();
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries[0].prev_hash, kAuditChainStart);
  for (size_t idx = 0; idx < entries.size(); ++idx) {
    const StoredAuditEntry& stored = entries[idx];
    EXPECT_EQ(stored.seq, static_cast<int64_t>(idx + 1));
    EXPECT_THAT(stored.at, MatchesRegex(R"(20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:]{8}\.[0-9]{3}Z)"));
    EXPECT_THAT(stored.hash, MatchesRegex("[0-9a-f]{64}"));
    EXPECT_EQ(stored.hash, AuditEntryHash(stored));
    if (idx > 0) {
      EXPECT_EQ(stored.prev_hash, entries[idx - 1].hash);
    }
  }
  EXPECT_EQ(entries[2].entry.subject, "M2");
  EXPECT_THAT(log_->Verify(), IsEmpty());
}

TEST_F(AuditChainTest, FieldsCannotBeShiftedIntoOneAnotherUnseen) {
  StoredAuditEntry a{1, "2024-01-01T00:00:00.000Z", {"ab", "c", "", "{}"}, "0", ""};
  StoredAuditEntry b = a;
  b.entry.actor = "a";
  b.entry.action = "bc";
  EXPECT_NE(AuditEntryHash(a), AuditEntryHash(b));
}

TEST_F(AuditChainTest, TheTriggersRefuseUpdateAndDelete) {
  AppendEntries(2);
  Db raw(path_);
  EXPECT_THROW(raw.Exec("UPDATE audit SET actor = 'someone' WHERE seq = 1"), SqliteError);
  EXPECT_THROW(raw.Exec("DELETE FROM audit WHERE seq = 2"), SqliteError);
  EXPECT_THAT(log_->Verify(), IsEmpty());
}

TEST_F(AuditChainTest, AnEditedEntryIsReported) {
  AppendEntries(5);
  Tamper().Exec(R"(UPDATE audit SET detail = '{"note":"nothing to see"}' WHERE seq = 3)");
  EXPECT_THAT(log_->Verify(),
              ElementsAre("audit entry 3: its content does not match its hash (edited)"));
}

TEST_F(AuditChainTest, ADeletedMiddleEntryIsReported) {
  AppendEntries(5);
  Tamper().Exec("DELETE FROM audit WHERE seq = 3");
  EXPECT_THAT(log_->Verify(),
              ElementsAre("audit entry 4: entry 3 before it is missing (deleted)",
                          "audit entry 4: its previous hash is not the hash of entry 2 (an entry "
                          "deleted, inserted or reordered)"));
}

TEST_F(AuditChainTest, DeletedFirstEntriesAreReported) {
  AppendEntries(5);
  Tamper().Exec("DELETE FROM audit WHERE seq <= 2");
  EXPECT_THAT(log_->Verify(),
              ElementsAre("audit entry 3: entries 1 to 2 before it are missing (deleted)",
                          "audit entry 3: its previous hash is not the start of the chain (an "
                          "entry deleted, inserted or reordered)"));
}

TEST_F(AuditChainTest, SwappedEntriesAreReported) {
  AppendEntries(5);
  Tamper().Exec(
      "CREATE TEMP TABLE swapped AS SELECT * FROM audit WHERE seq IN (2, 3);"
      "UPDATE audit SET (at, actor, action, subject, detail, prev_hash, hash) = "
      "(SELECT at, actor, action, subject, detail, prev_hash, hash FROM swapped "
      " WHERE swapped.seq = 5 - audit.seq) WHERE seq IN (2, 3)");
  const std::vector<std::string> problems = log_->Verify();
  EXPECT_THAT(problems, Contains("audit entry 2: its content does not match its hash (edited)"));
  EXPECT_THAT(problems, Contains("audit entry 3: its content does not match its hash (edited)"));
  EXPECT_THAT(problems, Contains("audit entry 4: its previous hash is not the hash of entry 3 (an "
                                 "entry deleted, inserted or reordered)"));
}

TEST_F(AuditChainTest, AForgedEntryIsReported) {
  AppendEntries(3);
  const std::string last_hash = Entries().back().hash;
  Tamper().Exec(fmt::format(
      "INSERT INTO audit VALUES (4, '2024-01-01T00:00:00.000Z', 'admin', 'user.added', 'eve', "
      "'{{}}', '{}', '{}')",
      last_hash, std::string(64, 'a')));
  EXPECT_THAT(log_->Verify(),
              ElementsAre("audit entry 4: its content does not match its hash (edited)"));
}

TEST_F(AuditChainTest, ALedgerAppendWritesOneEntryNamingItsLines) {
  SqliteLedgerStore ledger(path_);
  AppendLedgerLines(ledger, 1, 3);
  AppendLedgerLines(ledger, 4, 4);
  ledger.BeginAppend("clerk")->Commit(LedgerState());  // no line: no entry
  {
    auto abandoned = ledger.BeginAppend("clerk");
    Event event;
    event.seq = 5;
    abandoned->Add(event, "{}");
  }  // destroyed uncommitted: rolled back, entry and all
  const std::vector<StoredAuditEntry> entries = Entries();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].entry.actor, "clerk");
  EXPECT_EQ(entries[0].entry.action, "ledger.appended");
  EXPECT_EQ(entries[0].entry.subject, "");
  EXPECT_EQ(entries[0].entry.detail, R"({"first_seq":1,"last_seq":3,"lines":3})");
  EXPECT_EQ(entries[1].entry.detail, R"({"first_seq":4,"last_seq":4,"lines":1})");
  EXPECT_THAT(log_->Verify(), IsEmpty());
}

TEST_F(AuditChainTest, CommitChangedIsAuditedToo) {
  SqliteLedgerStore ledger(path_);
  AppendLedgerLines(ledger, 1, 2);
  auto append = ledger.BeginAppend("server:staff1");
  Event event;
  event.seq = 3;
  event.date = Date::FromCivil(2024, 2, 1);
  append->Add(event, "{}");
  append->CommitChanged(LedgerState(), {}, {});
  const std::vector<StoredAuditEntry> entries = Entries();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].entry.actor, "server:staff1");
  EXPECT_EQ(entries[1].entry.detail, R"({"first_seq":3,"last_seq":3,"lines":1})");
  EXPECT_THAT(log_->Verify(), IsEmpty());
}

TEST_F(AuditChainTest, ADeletedLastLedgerEntryLeavesItsLinesUnaccounted) {
  SqliteLedgerStore ledger(path_);
  AppendLedgerLines(ledger, 1, 3);
  AppendEntries(1);
  AppendLedgerLines(ledger, 4, 6);
  Tamper().Exec("DELETE FROM audit WHERE seq = 3");
  // The chain's tail is whole (nothing came after); the ledger shows what went.
  EXPECT_THAT(log_->Verify(),
              ElementsAre("ledger lines 4 to 6: no ledger.appended audit entry accounts for them"));
}

TEST_F(AuditChainTest, AForgedLedgerEntryWithAValidHashPointingPastTheLedgerIsReported) {
  SqliteLedgerStore ledger(path_);
  AppendLedgerLines(ledger, 1, 3);
  // Someone who knows the algorithm computes a valid hash: the chain holds,
  // but the entry accounts for lines the ledger does not have.
  StoredAuditEntry forged{2,
                          "2024-01-01T00:00:00.000Z",
                          {"clerk", "ledger.appended", "", R"({"first_seq":4,"last_seq":9})"},
                          Entries().back().hash,
                          ""};
  forged.hash = AuditEntryHash(forged);
  Db raw(path_);
  raw.Prepare("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .Bind(1, forged.seq)
      .Bind(2, forged.at)
      .Bind(3, forged.entry.actor)
      .Bind(4, forged.entry.action)
      .Bind(5, forged.entry.subject)
      .Bind(6, forged.entry.detail)
      .Bind(7, forged.prev_hash)
      .Bind(8, forged.hash)
      .Run();
  EXPECT_THAT(log_->Verify(), ElementsAre("audit entry 2: it accounts for ledger lines 4 to 9, but "
                                          "the ledger ends at line 3"));
}

TEST_F(AuditChainTest, ALedgerEntryWhoseDetailNoLongerNamesLinesIsReported) {
  SqliteLedgerStore ledger(path_);
  AppendLedgerLines(ledger, 1, 2);
  Tamper().Exec("UPDATE audit SET detail = 'not json' WHERE seq = 1");
  EXPECT_THAT(
      log_->Verify(),
      ElementsAre("audit entry 1: its content does not match its hash (edited)",
                  "audit entry 1: its detail does not name the ledger lines it accounts for",
                  "ledger lines 1 to 2: no ledger.appended audit entry accounts for them"));
}

TEST_F(AuditChainTest, ConcurrentAppendersFromSeveralConnectionsKeepOneChain) {
  constexpr int kThreads = 4, kEach = 25;
  std::vector<std::thread> threads;
  for (int thread_idx = 0; thread_idx < kThreads; ++thread_idx) {
    threads.emplace_back([&, thread_idx] {
      SqliteAuditLog log(path_);
      for (int idx = 0; idx < kEach; ++idx) {
        log.Append({fmt::format("t{}", thread_idx), "member.confidential_read", "M", "{}"});
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(Entries().size(), size_t{kThreads * kEach});
  EXPECT_THAT(log_->Verify(), IsEmpty());
}

TEST_F(AuditChainTest, MigratingALedgerFromBeforeTheAuditLogAccountsForItsLines) {
  {
    SqliteLedgerStore ledger(path_);
    AppendLedgerLines(ledger, 1, 4);
  }
  log_.reset();
  {
    // The file as it was before migration 0004 (and the ones after it).
    Db raw(path_);
    raw.Exec(
        "DROP TABLE report_steps; DROP TABLE report_periods; DROP TABLE audit; DROP TABLE users; "
        "DELETE FROM schema_migrations WHERE version >= 4");
  }
  log_ = std::make_unique<SqliteAuditLog>(path_);
  const std::vector<StoredAuditEntry> entries = Entries();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].entry.actor, "migration:0004");
  EXPECT_EQ(entries[0].entry.detail, R"({"first_seq":1,"last_seq":4,"lines":4})");
  EXPECT_THAT(log_->Verify(), IsEmpty());
}

}  // namespace
}  // namespace tochuc::store
