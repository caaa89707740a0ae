-- Every foreign key needs an index on its child column: without one, each
-- row written to orgs while a deferred check is pending scans the table.
CREATE INDEX orgs_merged_into ON orgs(merged_into);
