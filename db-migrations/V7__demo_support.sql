-- Browsing by category and by merchant pages through published listings newest first; with thousands of listings
-- (the generated demo catalogue, benchmarks with a million) these must not sort the whole table.
CREATE INDEX ix_listing_category_status_published ON listing (category_id, status, published_at);
CREATE INDEX ix_listing_merchant_status_published ON listing (merchant_id, status, published_at);
