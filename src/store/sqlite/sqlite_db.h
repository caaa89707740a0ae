// A small RAII layer over the sqlite3 C API: a connection (WAL, foreign keys
// on, busy timeout) and prepared statements. Errors from SQLite are
// exceptional here (a full disk, a corrupt file) and throw SqliteError.
//
// A Db and its Statements belong to one thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tochuc::store {

class SqliteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  Statement(Statement&&) noexcept = default;

  // Binds by 1-based index; an empty optional binds NULL.
  Statement& Bind(int index, std::string_view text);
  // Binds without copying: `text` must stay alive until Run or Reset.
  Statement& BindUncopied(int index, std::string_view text);
  Statement& BindUncopiedNullable(int index, const std::optional<std::string_view>& text);
  Statement& BindNullable(int index, const std::optional<std::string_view>& text);
  Statement& Bind(int index, int64_t value);
  // Returns true while a row is available.
  bool Step();
  // Runs to completion and resets for reuse.
  void Run();
  void Reset();

  std::string Text(int column) const;
  int64_t Int(int column) const;
  bool IsNull(int column) const;
  bool IsInteger(int column) const;  // an INTEGER value, not text, real or NULL

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
  };
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

class Db {
 public:
  // Opens or creates the file. Throws SqliteError when it cannot.
  explicit Db(const std::string& path);

  void Exec(std::string_view sql);
  Statement Prepare(std::string_view sql) { return Statement(db_.get(), sql); }
  sqlite3* handle() const { return db_.get(); }

 private:
  struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  std::unique_ptr<sqlite3, Closer> db_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless committed.
class Transaction {
 public:
  explicit Transaction(Db& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit();

 private:
  Db& db_;
  bool done_ = false;
};

// BEGIN (deferred) on construction, ended on destruction: the reads in
// between see the database as of one moment, while writers go on (WAL).
class ReadTransaction {
 public:
  explicit ReadTransaction(Db& db);
  ~ReadTransaction();
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

 private:
  Db& db_;
};

}  // namespace tochuc::store
