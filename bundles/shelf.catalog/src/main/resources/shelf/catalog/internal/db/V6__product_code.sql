-- SKU codes and barcodes by merchant, so that checking a batch against the merchant's catalogue (a SKU code
-- another product already uses) looks its values up instead of reading every product's document. code: a
-- 64-bit hash of the merchant and the value (see ProductCodes), so a row is two numbers and one B-tree entry;
-- a hit is confirmed against the product's document. The rows of products stored before this table are
-- filled in when the catalogue opens (H2CatalogStore.open).
CREATE TABLE IF NOT EXISTS product_code (
    code       BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    PRIMARY KEY (code, product_id)
);
