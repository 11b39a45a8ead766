-- A job whose listing may exist on the platform without our knowing: an attempt ended with no answer (a
-- timeout, a lost response, an HTTP 5xx) or was cut short by a crash. Only such a job looks the listing up
-- by outer id before it creates one; a job refused outright (busy, throttled) creates again directly.
ALTER TABLE publish_job ADD COLUMN IF NOT EXISTS may_exist BOOLEAN DEFAULT FALSE NOT NULL;

-- jobs written before this column: any earlier attempt may have taken effect, as was assumed then
UPDATE publish_job SET may_exist = TRUE WHERE attempts > 0 AND state <> 'done';

-- a run's jobs, counted once a second for the bar of `publish --wait`: without it every count reads every job ever queued
CREATE INDEX IF NOT EXISTS publish_job_run ON publish_job (run_id, state);
