-- Reading the ledger in the order events take effect (effective date, then
-- recording order) without sorting it in memory.
CREATE INDEX ledger_effective_order ON ledger(effective_on, seq);
