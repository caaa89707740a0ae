-- Composition of the whole tree at the end of :day: every active member,
-- counted by each dimension, as rows (dimension, value, members), plus the
-- rows ('total', '', n) and ('exempted', '', n). The parameter is a psql
-- variable.
--
-- Ages are whole years counted like an age (whole_years in schema.sql).
-- Party age: whole years from the first admission to the day reached by
-- adding, to the member's first day in this ledger, every day of active
-- membership since then up to :day (gaps are not counted).
WITH
  active AS (
    SELECT member, status, exempted FROM spells WHERE from_day <= :'day' AND to_day > :'day'
  ),
  served(member, days) AS (
    SELECT s.member, sum(least(s.to_day, :'day') - s.from_day)
    FROM active a JOIN spells s ON s.member = a.member AND s.from_day <= :'day'
    GROUP BY s.member
  ),
  banded AS (
    SELECT a.status, a.exempted, m.sex, m.ethnicity, m.religion, m.education, m.theory_level,
           m.youth_union::text AS youth_union,
           CASE WHEN age <= 30 THEN '18_30'
                WHEN age > 80 THEN 'over_80'
                ELSE ((age - 1) / 10 * 10 + 1) || '_' || ((age - 1) / 10 * 10 + 10) END
             AS age_band,
           CASE WHEN party_age < 10 THEN 'under_10'
                WHEN party_age >= 50 THEN '50_plus'
                ELSE (party_age / 10 * 10) || '_' || (party_age / 10 * 10 + 9) END
             AS party_age_band
    FROM active a
    JOIN members m ON m.member = a.member
    JOIN served s ON s.member = a.member,
    LATERAL (SELECT whole_years(m.born_on, :'day') AS age,
                    whole_years(m.admitted_on, m.entered_on + s.days::integer) AS party_age) y
  )
SELECT 'total', '', count(*) FROM banded
UNION ALL
SELECT 'exempted', '', count(*) FILTER (WHERE exempted) FROM banded
UNION ALL
SELECT d.dimension, d.value, count(*)
FROM banded,
LATERAL (VALUES ('sex', sex), ('status', status), ('ethnicity', ethnicity),
                ('religion', religion), ('education', education),
                ('theory_level', theory_level), ('youth_union', youth_union),
                ('age_band', age_band), ('party_age_band', party_age_band))
  AS d(dimension, value)
GROUP BY d.dimension, d.value;
