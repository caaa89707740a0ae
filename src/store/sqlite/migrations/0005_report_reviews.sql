-- Reporting periods and the review of each unit's report (issue 7): a
-- period opened by an admin; for each unit, the steps taken on its report
-- (submit, return, approve), append-only. A submit step keeps the figures
-- submitted; the approve step after it locks them: later events never
-- change that snapshot.
CREATE TABLE report_periods (
  id        INTEGER PRIMARY KEY,
  title     TEXT NOT NULL,            -- "Quý I năm 2026"
  from_day  TEXT NOT NULL,            -- YYYY-MM-DD
  to_day    TEXT NOT NULL,
  opened_by TEXT NOT NULL,
  opened_at TEXT NOT NULL,            -- UTC, ISO 8601
  CHECK (from_day <= to_day)
) STRICT;

CREATE TABLE report_steps (
  seq      INTEGER PRIMARY KEY,
  period   INTEGER NOT NULL REFERENCES report_periods (id),
  org      TEXT    NOT NULL,          -- the unit whose report it is
  action   TEXT    NOT NULL CHECK (action IN ('submit', 'return', 'approve')),
  by_login TEXT    NOT NULL,
  at       TEXT    NOT NULL,          -- UTC, ISO 8601 with milliseconds
  comment  TEXT    NOT NULL DEFAULT '',
  snapshot TEXT    NOT NULL DEFAULT '' -- submit: the report's JSON as submitted
) STRICT;
CREATE INDEX report_steps_by_unit ON report_steps (period, org, seq);

CREATE TRIGGER report_periods_are_kept_update BEFORE UPDATE ON report_periods
BEGIN SELECT RAISE(ABORT, 'reporting periods are kept as opened'); END;
CREATE TRIGGER report_periods_are_kept_delete BEFORE DELETE ON report_periods
BEGIN SELECT RAISE(ABORT, 'reporting periods are kept as opened'); END;
CREATE TRIGGER report_steps_are_append_only_update BEFORE UPDATE ON report_steps
BEGIN SELECT RAISE(ABORT, 'report steps are append-only'); END;
CREATE TRIGGER report_steps_are_append_only_delete BEFORE DELETE ON report_steps
BEGIN SELECT RAISE(ABORT, 'report steps are append-only'); END;
