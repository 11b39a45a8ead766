-- A validation's findings packed a thousand to a row (see FindingPack), in order: seq numbers the packs.
-- H2 pays per row written, logged for undo and visited again at commit, far more than per byte: a million
-- findings as rows of the finding table took 12 s to insert and 7 s to commit; as a thousand rows, a second.
-- Findings stored as rows before this table stay readable there until their batch is validated again.
CREATE TABLE IF NOT EXISTS finding_pack (
    batch_id   BIGINT NOT NULL,
    channel    VARCHAR NOT NULL,
    seq        INT NOT NULL,
    findings   BYTEA NOT NULL,
    PRIMARY KEY (batch_id, channel, seq)
);
