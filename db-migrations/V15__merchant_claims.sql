-- Claiming a merchant created by a bulk import (it has no members): staff invite an e-mail address; the person who
-- accepts goes through onboarding with the merchant's details pre-filled and, once approved, becomes its owner.
CREATE TABLE merchant_claim_invitation (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  merchant_id  BIGINT       NOT NULL,
  email        VARCHAR(320) NOT NULL,
  token_hash   CHAR(64)     NOT NULL,
  invited_by   BIGINT       NOT NULL,
  created_at   TIMESTAMP(6) NOT NULL,
  expires_at   TIMESTAMP(6) NOT NULL,
  accepted_at  TIMESTAMP(6) NULL,
  accepted_by  BIGINT       NULL,
  revoked_at   TIMESTAMP(6) NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_merchant_claim_token (token_hash),
  KEY ix_merchant_claim_merchant (merchant_id),
  CONSTRAINT fk_merchant_claim_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The imported merchant an application claims (approval makes the applicant its owner instead of creating one).
ALTER TABLE merchant_application ADD COLUMN claimed_merchant_id BIGINT NULL AFTER merchant_id;
