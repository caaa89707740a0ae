-- Members placed directly in each org at the end of :day (orgs with none
-- have no row).
SELECT org, COUNT(*)
FROM spells
WHERE from_day <= :day AND to_day > :day
GROUP BY org
ORDER BY org;
