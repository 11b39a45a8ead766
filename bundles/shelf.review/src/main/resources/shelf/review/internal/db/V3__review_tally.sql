-- The board's and the queue's counts of a scope (merchant IN …, by state, the blocked among them) read from an
-- index alone: counting through the primary key fetched each of 100,000 rows (title, note and all) from the
-- table, over a second on a busy 2-core machine; review_tally holds just what is counted.
CREATE INDEX IF NOT EXISTS review_tally ON review (merchant, state, blocked_by);
