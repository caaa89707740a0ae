// Brings a SQLite database to the newest schema by running, in one
// transaction each, the numbered migrations it has not run yet.
#pragma once

#include <string>

#include "store/sqlite/sqlite_db.h"

namespace tochuc::store {

// Throws SqliteError if a migration fails (that migration is rolled back),
// or if the database was written by a newer tochuc. Several connections may
// migrate the same file at once: each migration runs once.
void Migrate(Db& db);

// Opens or creates the file as Db does and migrates it: how every store opens
// its connection. Throws SqliteError when either fails.
Db OpenMigrated(const std::string& path);

}  // namespace tochuc::store
