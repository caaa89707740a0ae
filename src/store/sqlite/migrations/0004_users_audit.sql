-- Users who sign in, and the audit log of who did what (domain.md § Confidentiality).
--
-- users.org names an organization of the projection, but without a foreign
-- key: every full commit rewrites the projection (DELETE, then INSERT), and
-- the use case checks the code against the read model before adding a user.
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  login         TEXT    NOT NULL UNIQUE,
  password_hash TEXT    NOT NULL,          -- argon2id, libsodium's string form
  role          TEXT    NOT NULL CHECK (role IN ('admin', 'staff', 'clerk', 'inspector', 'member')),
  org           TEXT    NOT NULL,
  member        TEXT,                      -- the member's id, for role 'member' only
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at    TEXT    NOT NULL,          -- UTC, ISO 8601
  CHECK ((role = 'member') = (member IS NOT NULL))
) STRICT;

-- Append-only and hash-chained: each entry's hash covers its content and the
-- hash before it (src/store/sqlite/audit_chain.h), so an entry edited,
-- deleted, inserted or reordered behind the triggers' back shows in verify.
CREATE TABLE audit (
  seq       INTEGER PRIMARY KEY,  -- 1, 2, 3, ... without gaps
  at        TEXT    NOT NULL,     -- UTC, ISO 8601 with milliseconds
  actor     TEXT    NOT NULL,
  action    TEXT    NOT NULL,
  subject   TEXT    NOT NULL,
  detail    TEXT    NOT NULL,     -- a JSON object
  prev_hash TEXT    NOT NULL,     -- hex SHA-256; 64 zeros for the first entry
  hash      TEXT    NOT NULL
) STRICT;

CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
