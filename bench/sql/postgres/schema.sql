-- Fact tables for the SQL baseline on PostgreSQL: what
-- bench/lib/ledger_facts.py replays from the ledger (see there for the exact
-- meaning of each column).
CREATE TABLE orgs (
  code      text PRIMARY KEY,
  kind      text NOT NULL,
  life      text NOT NULL,  -- alive, dissolved or merged, after the last event
  parent    text,           -- parent node in today's tree; NULL for a root or an org merged away
  counts_as text NOT NULL   -- the node of today's tree where its members count
);

CREATE TABLE members (
  member       text PRIMARY KEY,
  sex          text NOT NULL,
  born_on      date NOT NULL,
  ethnicity    text NOT NULL,
  religion     text NOT NULL,
  education    text NOT NULL,
  theory_level text NOT NULL,
  youth_union  boolean NOT NULL,
  admitted_on  date NOT NULL,  -- first admission: party age counts from here
  entered_on   date NOT NULL   -- the member's first event in this ledger
);

-- Active membership: placed directly in `org` at the end of every day d with
-- from_day <= d < to_day ('9999-12-31' while it lasts).
CREATE TABLE spells (
  member   text NOT NULL,
  org      text NOT NULL,
  status   text NOT NULL,
  exempted boolean NOT NULL,
  from_day date NOT NULL,
  to_day   date NOT NULL
);

-- Member events that bring a member in, take one out or move one.
CREATE TABLE events (
  day      date NOT NULL,
  kind     text NOT NULL,
  member   text NOT NULL,
  from_org text,  -- NULL: the member was not active before
  to_org   text   -- NULL: the member is not active after
);

-- Whole years from `since` to `until`, counted like an age (domain/date.h):
-- less one when until's month-day comes before since's; an anniversary on
-- 29 February falls on 28 February in a common year. A single expression,
-- IMMUTABLE and not STRICT, so that the planner inlines it (a STRICT one
-- would be called per row, ~3x slower on the composition).
CREATE FUNCTION whole_years(since date, until date) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (extract(year FROM until) - extract(year FROM since))::integer
         - CASE WHEN (extract(month FROM until), extract(day FROM until))
                     < (extract(month FROM since), extract(day FROM since))
                 AND NOT (extract(month FROM since) = 2 AND extract(day FROM since) = 29
                          AND extract(month FROM until + 1) = 3
                          AND extract(day FROM until + 1) = 1)
                THEN 1 ELSE 0 END
$$;
