-- The audit trail's head: the number and MAC of the last line appended to data/audit.log, and which key
-- wrote it. Kept apart from the file so that a file cut short, emptied, deleted or rewritten with another
-- key no longer matches it (see shelf.core's FileAuditLog). One row, id 1.
CREATE TABLE IF NOT EXISTS audit_head (
    id            INT PRIMARY KEY,
    seq           BIGINT NOT NULL,
    mac           VARCHAR NOT NULL,
    key_id        VARCHAR NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
