// Brings a SQLite database to the newest schema by running, in one
// transaction each, the numbered migrations it has not run yet.
#pragma once

#include "store/sqlite/sqlite_db.h"

namespace tochuc::store {

// Throws SqliteError if a migration fails (that migration is rolled back),
// or if the database was written by a newer tochuc.
void Migrate(Db& db);

}  // namespace tochuc::store
