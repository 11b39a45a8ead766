-- Warnings beside row errors: a row imported with something the operator should know of (a later row's
-- differing 标签 set aside, an SKU code made up). They share row_error, marked, and the batch counts them apart.
ALTER TABLE row_error ADD COLUMN IF NOT EXISTS warning BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE batch ADD COLUMN IF NOT EXISTS warnings INT DEFAULT 0 NOT NULL;
