-- Built after the load, then the planner's statistics. Each index serves a
-- query in this folder:
CREATE INDEX orgs_parent ON orgs(parent);          -- walking a subtree down today's tree
CREATE INDEX orgs_counts_as ON orgs(counts_as);    -- orgs merged away, where they count
-- Stocks of a subtree's orgs, and every org's headcount (covering).
CREATE INDEX spells_org ON spells(org, from_day, to_day);
CREATE INDEX spells_member ON spells(member, from_day);  -- party age of a member
-- Flows into / out of a subtree's orgs within a period.
CREATE INDEX events_to ON events(to_org, day);
CREATE INDEX events_from ON events(from_org, day);
CREATE INDEX events_day ON events(day);

ANALYZE;
