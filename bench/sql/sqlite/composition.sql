-- Composition of the whole tree at the end of :day: every active member,
-- counted by each dimension, as rows (dimension, value, members), plus the
-- rows ('total', '', n) and ('exempted', '', n).
--
-- Ages are whole years counted like an age (domain/date.h): the years
-- between the two dates, less one when the later date's month-day comes
-- before the earlier's; an anniversary on 29 February falls on 28 February
-- in a common year. Party age: whole years from the first admission to the
-- day reached by adding, to the member's first day in this ledger, every day
-- of active membership since then up to :day (gaps are not counted).
WITH
  active AS (
    SELECT member, status, exempted FROM spells WHERE from_day <= :day AND to_day > :day
  ),
  served(member, days) AS (
    SELECT s.member,
           SUM(CAST(julianday(MIN(s.to_day, :day)) - julianday(s.from_day) AS INTEGER))
    FROM active a JOIN spells s ON s.member = a.member AND s.from_day <= :day
    GROUP BY s.member
  ),
  dated AS (
    SELECT a.status, a.exempted, m.sex, m.ethnicity, m.religion, m.education, m.theory_level,
           m.youth_union, m.born_on, :day AS on_day, m.admitted_on,
           date(m.entered_on, '+' || s.days || ' days') AS party_day
    FROM active a JOIN members m ON m.member = a.member JOIN served s ON s.member = a.member
  ),
  aged AS MATERIALIZED (
    SELECT status, exempted, sex, ethnicity, religion, education, theory_level,
           CASE WHEN youth_union THEN 'true' ELSE 'false' END AS youth_union,
           CAST(substr(on_day, 1, 4) AS INTEGER) - CAST(substr(born_on, 1, 4) AS INTEGER)
             - (substr(on_day, 6) < substr(born_on, 6)
                AND NOT (substr(born_on, 6) = '02-29' AND date(on_day, '+1 day') LIKE '%-03-01'))
             AS age,
           CAST(substr(party_day, 1, 4) AS INTEGER) - CAST(substr(admitted_on, 1, 4) AS INTEGER)
             - (substr(party_day, 6) < substr(admitted_on, 6)
                AND NOT (substr(admitted_on, 6) = '02-29'
                         AND date(party_day, '+1 day') LIKE '%-03-01'))
             AS party_age
    FROM dated
  ),
  banded AS MATERIALIZED (
    SELECT *,
           CASE WHEN age <= 30 THEN '18_30'
                WHEN age > 80 THEN 'over_80'
                ELSE ((age - 1) / 10 * 10 + 1) || '_' || ((age - 1) / 10 * 10 + 10) END
             AS age_band,
           CASE WHEN party_age < 10 THEN 'under_10'
                WHEN party_age >= 50 THEN '50_plus'
                ELSE (party_age / 10 * 10) || '_' || (party_age / 10 * 10 + 9) END
             AS party_age_band
    FROM aged
  )
SELECT 'total', '', COUNT(*) FROM banded
UNION ALL SELECT 'exempted', '', COUNT(*) FILTER (WHERE exempted) FROM banded
UNION ALL SELECT 'sex', sex, COUNT(*) FROM banded GROUP BY sex
UNION ALL SELECT 'status', status, COUNT(*) FROM banded GROUP BY status
UNION ALL SELECT 'ethnicity', ethnicity, COUNT(*) FROM banded GROUP BY ethnicity
UNION ALL SELECT 'religion', religion, COUNT(*) FROM banded GROUP BY religion
UNION ALL SELECT 'education', education, COUNT(*) FROM banded GROUP BY education
UNION ALL SELECT 'theory_level', theory_level, COUNT(*) FROM banded GROUP BY theory_level
UNION ALL SELECT 'youth_union', youth_union, COUNT(*) FROM banded GROUP BY youth_union
UNION ALL SELECT 'age_band', age_band, COUNT(*) FROM banded GROUP BY age_band
UNION ALL SELECT 'party_age_band', party_age_band, COUNT(*) FROM banded GROUP BY party_age_band;
