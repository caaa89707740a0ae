-- Loads the CSV files of bench/lib/ledger_facts.py into the tables of
-- schema.sql (run by the sqlite3 shell in the folder that holds the files;
-- indexes.sql follows).
-- .import makes text columns and writes an empty field as '', so each file
-- goes through a staging table that turns '' back into NULL.
.bail on
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
.import --csv orgs.csv orgs_csv
.import --csv members.csv members_csv
.import --csv spells.csv spells_csv
.import --csv events.csv events_csv

BEGIN;
INSERT INTO orgs SELECT code, kind, life, NULLIF(parent, ''), counts_as FROM orgs_csv;
INSERT INTO members
  SELECT member, sex, born_on, ethnicity, religion, education, theory_level,
         CAST(youth_union AS INTEGER), admitted_on, entered_on
  FROM members_csv;
INSERT INTO spells
  SELECT member, org, status, CAST(exempted AS INTEGER), from_day, to_day FROM spells_csv;
INSERT INTO events
  SELECT day, kind, member, NULLIF(from_org, ''), NULLIF(to_org, '') FROM events_csv;
DROP TABLE orgs_csv;
DROP TABLE members_csv;
DROP TABLE spells_csv;
DROP TABLE events_csv;
COMMIT;
