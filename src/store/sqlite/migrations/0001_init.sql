-- The ledger (append-only) and the projections of current state.
CREATE TABLE ledger (
  seq          INTEGER PRIMARY KEY,     -- recording order, the line number of an export
  type         TEXT    NOT NULL,
  effective_on TEXT    NOT NULL,        -- YYYY-MM-DD, from the decision
  member       TEXT,
  org          TEXT,
  doc          TEXT,
  recorded_at  TEXT    NOT NULL,        -- UTC, ISO 8601
  recorded_by  TEXT    NOT NULL,
  body         TEXT    NOT NULL         -- the ledger line, NFC-normalized JSON
) STRICT;
CREATE INDEX ledger_member ON ledger(member) WHERE member IS NOT NULL;
CREATE INDEX ledger_org ON ledger(org) WHERE org IS NOT NULL;

CREATE TRIGGER ledger_is_append_only_update BEFORE UPDATE ON ledger
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER ledger_is_append_only_delete BEFORE DELETE ON ledger
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;

CREATE TABLE orgs (
  code           TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL,
  sector         TEXT NOT NULL,
  parent         TEXT REFERENCES orgs(code) DEFERRABLE INITIALLY DEFERRED,
  life           TEXT NOT NULL CHECK (life IN ('alive', 'dissolved', 'merged')),
  established_on TEXT NOT NULL,
  ended_on       TEXT,
  merged_into    TEXT REFERENCES orgs(code) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX orgs_parent ON orgs(parent);

CREATE TABLE members (
  id             TEXT PRIMARY KEY,
  org            TEXT NOT NULL REFERENCES orgs(code) DEFERRABLE INITIALLY DEFERRED,
  name           TEXT NOT NULL,
  sex            TEXT NOT NULL,
  born_on        TEXT NOT NULL,
  ethnicity      TEXT NOT NULL,
  religion       TEXT NOT NULL,
  education      TEXT NOT NULL,
  theory_level   TEXT NOT NULL,
  youth_union    INTEGER NOT NULL,
  standing       TEXT NOT NULL,
  status         TEXT NOT NULL,
  exempted       INTEGER NOT NULL,
  admitted_on    TEXT NOT NULL,
  official_on    TEXT,
  standing_since TEXT NOT NULL
) STRICT;
CREATE INDEX members_org ON members(org);
