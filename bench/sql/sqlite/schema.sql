-- Fact tables for the SQL baseline on SQLite: what bench/lib/ledger_facts.py
-- replays from the ledger (see there for the exact meaning of each column).
-- Dates are ISO text (YYYY-MM-DD), which sorts and compares as dates.
CREATE TABLE orgs (
  code      TEXT PRIMARY KEY,
  kind      TEXT NOT NULL,
  life      TEXT NOT NULL,  -- alive, dissolved or merged, after the last event
  parent    TEXT,           -- parent node in today's tree; NULL for a root or an org merged away
  counts_as TEXT NOT NULL   -- the node of today's tree where its members count
) STRICT, WITHOUT ROWID;

CREATE TABLE members (
  member       TEXT PRIMARY KEY,
  sex          TEXT NOT NULL,
  born_on      TEXT NOT NULL,
  ethnicity    TEXT NOT NULL,
  religion     TEXT NOT NULL,
  education    TEXT NOT NULL,
  theory_level TEXT NOT NULL,
  youth_union  INTEGER NOT NULL,
  admitted_on  TEXT NOT NULL,  -- first admission: party age counts from here
  entered_on   TEXT NOT NULL   -- the member's first event in this ledger
) STRICT, WITHOUT ROWID;

-- Active membership: placed directly in `org` at the end of every day d with
-- from_day <= d < to_day ('9999-12-31' while it lasts).
CREATE TABLE spells (
  member   TEXT NOT NULL,
  org      TEXT NOT NULL,
  status   TEXT NOT NULL,
  exempted INTEGER NOT NULL,
  from_day TEXT NOT NULL,
  to_day   TEXT NOT NULL
) STRICT;

-- Member events that bring a member in, take one out or move one.
CREATE TABLE events (
  day      TEXT NOT NULL,
  kind     TEXT NOT NULL,
  member   TEXT NOT NULL,
  from_org TEXT,  -- NULL: the member was not active before
  to_org   TEXT   -- NULL: the member is not active after
) STRICT;
