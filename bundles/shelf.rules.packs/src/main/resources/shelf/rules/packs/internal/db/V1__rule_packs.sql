-- The library of deployed rule packs, shared by every node on this catalogue. rule_pack_version: every
-- version in the order deployed (position); pack_json is the pack itself for a pack from a deploy folder,
-- NULL for a bundle's pack (its bundle brings it on each node that has it). rule_pack_active: the version in
-- force of each pack, as origin and version. rule_pack_state.generation goes up with every change, so a node
-- sees another node's deploy or rollback by reading one number.
CREATE TABLE IF NOT EXISTS rule_pack_version (
    position  INT PRIMARY KEY,
    pack_id   VARCHAR NOT NULL,
    version   VARCHAR NOT NULL,
    source    VARCHAR NOT NULL,
    origin    VARCHAR NOT NULL,
    digest    VARCHAR NOT NULL,
    pack_json VARCHAR
);

CREATE TABLE IF NOT EXISTS rule_pack_active (
    pack_id VARCHAR PRIMARY KEY,
    origin  VARCHAR NOT NULL,
    version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS rule_pack_state (
    id         INT PRIMARY KEY,
    generation BIGINT NOT NULL
);

INSERT INTO rule_pack_state (id, generation) VALUES (1, 0);
