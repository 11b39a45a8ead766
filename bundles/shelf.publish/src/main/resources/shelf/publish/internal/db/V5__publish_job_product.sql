-- A product's jobs and listings found by its SPU code: the board asks where the cards it shows stand on the
-- channels, and the jobs page lists a batch's jobs by its products, without reading every job ever queued.
CREATE INDEX IF NOT EXISTS publish_job_product ON publish_job (spu_code, merchant);
CREATE INDEX IF NOT EXISTS channel_listing_product ON channel_listing (spu_code, merchant);
