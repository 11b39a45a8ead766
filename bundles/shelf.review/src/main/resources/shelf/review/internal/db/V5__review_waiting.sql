-- A batch's waiting products found from the review table (review:approve --batch, WaitingProducts): a merchant's
-- products in one state walked in SPU code order a part at a time, each part a range of this index. Without it
-- each part read every row of the merchant in that state (review_tally) and sorted them: a batch of 250,000 waiting
-- products read 50 parts × 250,000 rows.
CREATE INDEX IF NOT EXISTS review_waiting ON review (merchant, state, spu_code);
