-- a bundle's first table; no IF NOT EXISTS, so applying it twice fails
CREATE TABLE shelf_test_a (x INT);
