-- Run on each connection before the queries: room to cache the whole
-- database, temporary b-trees (GROUP BY, DISTINCT) in memory.
PRAGMA cache_size = -2097152;
PRAGMA temp_store = MEMORY;
