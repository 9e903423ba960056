-- Bulk import: a listing remembers where it came from, so re-importing a spreadsheet updates it instead of
-- duplicating it; each merchant's (or admin's) column mapping is kept for the next import.

ALTER TABLE listing
  ADD COLUMN external_id VARCHAR(100) NULL,
  ADD COLUMN source_url  VARCHAR(500) NULL,
  ADD UNIQUE KEY uk_listing_merchant_external_id (merchant_id, external_id),
  ADD KEY ix_listing_merchant_source_url (merchant_id, source_url);

-- owner: 'merchant:<id>' for a merchant's team, 'user:<id>' for an ADMIN importing for several merchants.
CREATE TABLE import_mapping (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  owner      VARCHAR(64)  NOT NULL,
  mapping    MEDIUMTEXT   NOT NULL,
  updated_at TIMESTAMP(6) NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_import_mapping_owner (owner)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
