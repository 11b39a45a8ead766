-- Several Shelf processes (nodes) on one catalogue (PostgreSQL). A running job names the node that claimed
-- it and how long its claim (lease) lasts; the node renews the lease while the call runs. A job whose lease
-- ran out belongs to a node that died: another node puts it back in the queue as a job whose listing may
-- exist, so it is looked up by outer id before it is created again.
ALTER TABLE publish_job ADD COLUMN IF NOT EXISTS node VARCHAR DEFAULT '' NOT NULL;
ALTER TABLE publish_job ADD COLUMN IF NOT EXISTS lease_until BIGINT DEFAULT 0 NOT NULL;

-- the nodes, each with its last heartbeat: a platform's rate limit is shared among the live ones
CREATE TABLE IF NOT EXISTS publish_node (
    id          VARCHAR NOT NULL PRIMARY KEY,
    started_at  BIGINT NOT NULL,
    seen_at     BIGINT NOT NULL
);

-- every claim of a job (PostgreSQL only, where several nodes claim): which node took it, when, and when it
-- let it go (its outcome stored; 0 while held, or forever when the node died holding it) — the record that
-- no two nodes held a job at once
CREATE TABLE IF NOT EXISTS publish_claim (
    job_id       BIGINT NOT NULL,
    node         VARCHAR NOT NULL,
    claimed_at   BIGINT NOT NULL,
    released_at  BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX IF NOT EXISTS publish_claim_job ON publish_claim (job_id);
