-- product_code again, as one number per row: entry = the 33-bit hash of the merchant and the value, then the
-- product's id in the low 30 bits (see ProductCodes), so the rows of one value are one range of the key. On H2 a
-- table keyed by one BIGINT is a single B-tree; product_code's key of two columns was a second one beside the
-- rows', and the index rows of a first 100,000-row import took twice the time to write. The rows are filled in
-- from the products' documents when the catalogue opens (H2CatalogStore.open), as for a catalogue from before V6.
CREATE TABLE IF NOT EXISTS product_code_key (
    entry      BIGINT PRIMARY KEY,
    product_id BIGINT NOT NULL
);
DROP TABLE IF EXISTS product_code;
