-- The product's title and category beside its review state, as of its last review step, so the queue and the
-- board are queries on this table alone — the data scope and the filters in SQL, a page or a few cards read —
-- rather than every product of the scope read from the catalogue. The rows from before get their category after
-- the migration, from the catalogue's product table when there is one (ReviewRows.fillCategories: this chain
-- may run before the catalogue's); their titles live in the product's document, which SQL does not read: a
-- product reviewed before shows its title on the queue and the board again from its next review step (reading
-- 100,000 documents at the start would hold the start for minutes). blocked_by > '' finds the blocked products
-- by their index.

ALTER TABLE review ADD COLUMN IF NOT EXISTS title VARCHAR;
ALTER TABLE review ADD COLUMN IF NOT EXISTS category_path VARCHAR;

CREATE INDEX IF NOT EXISTS review_blocked ON review (blocked_by, since);
-- a state's products in the queue's order: its oldest are read from the front of this index, not sorted
CREATE INDEX IF NOT EXISTS review_state_order ON review (state, since, merchant, spu_code);
