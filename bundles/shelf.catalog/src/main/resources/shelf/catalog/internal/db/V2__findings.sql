-- The findings of each batch's last validation, one set per channel validated for ('' = no particular
-- channel). A validation replaces its set whole. Source cells are kept with each finding because a product's
-- values may come from another batch's file than the one validated.
CREATE TABLE IF NOT EXISTS finding (
    batch_id   BIGINT NOT NULL,
    channel    VARCHAR NOT NULL,
    seq        INT NOT NULL,
    code       VARCHAR NOT NULL,
    severity   VARCHAR NOT NULL,
    merchant   VARCHAR NOT NULL,
    spu_code   VARCHAR NOT NULL,
    sku_code   VARCHAR NOT NULL,
    field      VARCHAR NOT NULL,
    src_file   VARCHAR,
    src_sheet  VARCHAR,
    src_row    INT,
    src_col    INT,
    message    VARCHAR NOT NULL,
    pack       VARCHAR NOT NULL,
    PRIMARY KEY (batch_id, channel, seq)
);

-- When each batch was last validated for each channel, also when nothing was found.
CREATE TABLE IF NOT EXISTS validation (
    batch_id     BIGINT NOT NULL,
    channel      VARCHAR NOT NULL,
    validated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, channel)
);
