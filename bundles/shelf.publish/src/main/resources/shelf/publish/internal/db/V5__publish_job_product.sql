-- A product's jobs and listings found by its SPU code: the board asks where the cards it shows stand on the
-- channels, and the jobs page lists a batch's jobs by its products, without reading every job ever queued.
-- The code alone: with the merchant as a second column, H2 plans "merchant = ? AND spu_code IN (…)" as a scan
-- of the whole index; a code is shared by few merchants, whose rows are then left out one by one.
CREATE INDEX IF NOT EXISTS publish_job_product ON publish_job (spu_code);
CREATE INDEX IF NOT EXISTS channel_listing_product ON channel_listing (spu_code);
