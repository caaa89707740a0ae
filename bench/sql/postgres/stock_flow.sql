-- Stock and flow of the subtree S of :org over [:period_start, :period_end],
-- in today's tree (ledger-format.md, --structure today): one row for the
-- whole subtree ('*') and one per direct child of :org, each with opening,
-- the twelve flows and closing. Today's tree is fixed for the period, so no
-- member is ever reorganized in or out: those two columns are 0.
-- The parameters are psql variables (psql -v org=... or \set).
WITH RECURSIVE
  -- The nodes of S, each with the child of :org it lies under (:org itself
  -- for :org).
  tree(code, grp) AS (
    SELECT code, code FROM orgs WHERE code = :'org'
    UNION ALL
    SELECT o.code, CASE WHEN t.code = :'org' THEN o.code ELSE t.grp END
    FROM tree t JOIN orgs o ON o.parent = t.code
  ),
  -- Every org counted in S: the nodes, and the orgs merged away into them.
  inside(org, grp) AS (
    SELECT o.code, t.grp FROM tree t JOIN orgs o ON o.counts_as = t.code
  ),
  -- Members at the end of the day before the period, and at the end of it.
  stocks(grp, opening, closing) AS (
    SELECT i.grp,
           COUNT(*) FILTER (WHERE s.from_day < :'period_start' AND s.to_day >= :'period_start'),
           COUNT(*) FILTER (WHERE s.from_day <= :'period_end' AND s.to_day > :'period_end')
    FROM inside i JOIN spells s ON s.org = i.org
    WHERE s.from_day <= :'period_end' AND s.to_day >= :'period_start'
    GROUP BY i.grp
  ),
  -- Each end of an event that lies in S: its group, the direction, and the
  -- group of the other end (NULL when that end is outside S or absent).
  ends(grp, side, kind, other) AS (
    SELECT t.grp, 'in', e.kind, f.grp
    FROM inside t JOIN events e ON e.to_org = t.org
    LEFT JOIN inside f ON f.org = e.from_org
    WHERE e.day BETWEEN :'period_start' AND :'period_end'
    UNION ALL
    SELECT f.grp, 'out', e.kind, t.grp
    FROM inside f JOIN events e ON e.from_org = f.org
    LEFT JOIN inside t ON t.org = e.to_org
    WHERE e.day BETWEEN :'period_start' AND :'period_end'
  ),
  -- A move inside a row's own part of the tree is no flow for that row.
  counted(grp, side, kind) AS (
    SELECT grp, side, kind FROM ends WHERE other IS DISTINCT FROM grp
    UNION ALL
    SELECT '*', side, kind FROM ends WHERE other IS NULL
  ),
  flows AS (
    SELECT grp,
           COUNT(*) FILTER (WHERE side = 'in' AND kind = 'admitted') AS admitted,
           COUNT(*) FILTER (WHERE side = 'in' AND kind = 'readmitted') AS readmitted,
           COUNT(*) FILTER (WHERE side = 'in' AND kind = 'registered') AS registered,
           COUNT(*) FILTER (WHERE side = 'in' AND kind IN ('transferred', 'transferred_in'))
             AS transferred_in,
           COUNT(*) FILTER (WHERE side = 'out' AND kind IN ('transferred', 'transferred_out'))
             AS transferred_out,
           COUNT(*) FILTER (WHERE side = 'out' AND kind = 'removed') AS removed,
           COUNT(*) FILTER (WHERE side = 'out' AND kind = 'expelled') AS expelled,
           COUNT(*) FILTER (WHERE side = 'out' AND kind = 'died') AS died,
           COUNT(*) FILTER (WHERE side = 'out' AND kind = 'probation_removed')
             AS probation_removed
    FROM counted
    GROUP BY grp
  ),
  all_stocks(grp, opening, closing) AS (
    SELECT grp, opening, closing FROM stocks
    UNION ALL
    SELECT '*', SUM(opening), SUM(closing) FROM stocks
  ),
  report_rows(grp) AS (
    SELECT '*'
    UNION ALL
    SELECT code FROM orgs WHERE parent = :'org'
  )
SELECT r.grp,
       COALESCE(s.opening, 0), COALESCE(f.admitted, 0), COALESCE(f.readmitted, 0),
       COALESCE(f.registered, 0), COALESCE(f.transferred_in, 0), 0 AS reorganized_in,
       COALESCE(f.transferred_out, 0), 0 AS reorganized_out, COALESCE(f.removed, 0),
       COALESCE(f.expelled, 0), COALESCE(f.died, 0), COALESCE(f.probation_removed, 0),
       COALESCE(s.closing, 0)
FROM report_rows r
LEFT JOIN all_stocks s ON s.grp = r.grp
LEFT JOIN flows f ON f.grp = r.grp
ORDER BY r.grp;
