-- The product's title and category beside its review state, as of its last review step, so the queue and the
-- board are queries on this table alone — the data scope and the filters in SQL, a page or a few cards read —
-- rather than every product of the scope read from the catalogue. Rows from before are filled at start
-- (H2ReviewService.activate). blocked_by > '' finds the blocked products by their index.

ALTER TABLE review ADD COLUMN IF NOT EXISTS title VARCHAR;
ALTER TABLE review ADD COLUMN IF NOT EXISTS category_path VARCHAR;

CREATE INDEX IF NOT EXISTS review_blocked ON review (blocked_by, since);
