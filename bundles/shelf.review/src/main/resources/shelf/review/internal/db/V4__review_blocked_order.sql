-- The board's blocked cards, oldest first: blocked_since is the row's since while it is blocked and not approved,
-- NULL otherwise (written with each step, ReviewRows.move), so the oldest blocked are the front of an index
-- rather than every blocked row read and sorted by age.
ALTER TABLE review ADD COLUMN IF NOT EXISTS blocked_since TIMESTAMP WITH TIME ZONE;
UPDATE review SET blocked_since = since WHERE blocked_by > '' AND state <> 'approved' AND blocked_since IS NULL;
CREATE INDEX IF NOT EXISTS review_blocked_order ON review (blocked_since, merchant, spu_code);
