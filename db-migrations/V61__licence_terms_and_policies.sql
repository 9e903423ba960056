-- Issue 17: a listing's licence as structured terms (the free text licence_en/licence_zh stays as "additions"), and
-- every distinct licence policy kept immutably so /odrl/policies/{uid} answers the same document forever.
--
-- Existing, demo and imported listings get the defaults of LicenceTerms.defaults(): internal use only, derivative
-- works allowed (for the buyer's own use), no attribution required, no onward transfer, worldwide, perpetual, no
-- user limit.
ALTER TABLE listing
  ADD COLUMN licence_use            VARCHAR(16)   NOT NULL DEFAULT 'INTERNAL' AFTER licence_zh,
  ADD COLUMN licence_derivatives    BOOLEAN       NOT NULL DEFAULT TRUE AFTER licence_use,
  ADD COLUMN licence_attribution    BOOLEAN       NOT NULL DEFAULT FALSE AFTER licence_derivatives,
  ADD COLUMN licence_no_transfer    BOOLEAN       NOT NULL DEFAULT TRUE AFTER licence_attribution,
  ADD COLUMN licence_territory      VARCHAR(1000) NULL AFTER licence_no_transfer,
  ADD COLUMN licence_term_months    INT           NULL AFTER licence_territory,
  ADD COLUMN licence_max_users      INT           NULL AFTER licence_term_months;

-- One row per distinct policy: the uid is the SHA-256 (hex) of the canonical terms, additions, listing and merchant,
-- so the same licence of the same listing is one row however often it is asked for. Append-only: the triggers refuse
-- UPDATE and DELETE, as for audit_event (V3).
CREATE TABLE licence_policy (
  uid             CHAR(64)      NOT NULL,
  listing_id      BIGINT        NOT NULL,
  merchant_id     BIGINT        NOT NULL,
  merchant_slug   VARCHAR(100)  NOT NULL,
  terms           VARCHAR(2000) NOT NULL,
  additions_en    VARCHAR(1000) NULL,
  additions_zh    VARCHAR(1000) NULL,
  created_at      TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (uid),
  KEY licence_policy_listing (listing_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER licence_policy_no_update BEFORE UPDATE ON licence_policy FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'licence_policy is append-only';

CREATE TRIGGER licence_policy_no_delete BEFORE DELETE ON licence_policy FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'licence_policy is append-only';
