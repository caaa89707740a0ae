-- Loads the CSV files of bench/lib/ledger_facts.py into the tables of
-- schema.sql (run by psql in the folder that holds the files; an empty
-- field is NULL; indexes.sql follows).
\set ON_ERROR_STOP on
\copy orgs FROM 'orgs.csv' WITH (FORMAT csv, HEADER true)
\copy members FROM 'members.csv' WITH (FORMAT csv, HEADER true)
\copy spells FROM 'spells.csv' WITH (FORMAT csv, HEADER true)
\copy events FROM 'events.csv' WITH (FORMAT csv, HEADER true)
