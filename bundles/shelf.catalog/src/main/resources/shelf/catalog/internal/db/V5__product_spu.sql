-- Products found by SPU code alone (product:show, review:show and the web's product page name a product by
-- its SPU): without this index each look read every product row — at 100,000 products, a second per page.
CREATE INDEX IF NOT EXISTS product_spu ON product (spu_code);
