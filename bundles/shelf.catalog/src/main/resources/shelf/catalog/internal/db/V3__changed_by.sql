-- Who made a change that no import made (sku:generate, edits); empty for imports, whose batch names them.
ALTER TABLE product_change ADD COLUMN IF NOT EXISTS changed_by VARCHAR DEFAULT '' NOT NULL;
