-- Payout rail 2: mainland merchants (country CN) paid by ISO 20022 bank file.
-- A merchant registers one CNY bank account; staff verify it before it can be paid (changes are in the audit trail).
-- Staff run a batch: every verified merchant with CNY available gets a payout (ledger: AVAILABLE -> IN_TRANSIT), one
-- pain.001 file lists them. The bank's pain.002 reports are kept once (by message id and by SHA-256 of the bytes),
-- so the same report uploaded twice changes nothing.

CREATE TABLE merchant_bank_account (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  version          BIGINT        NOT NULL DEFAULT 0,
  merchant_id      BIGINT        NOT NULL,
  beneficiary_name VARCHAR(140)  NOT NULL,
  bank_name        VARCHAR(140)  NOT NULL,
  bic              VARCHAR(11)   NOT NULL,
  cnaps            CHAR(12)      NOT NULL,
  account_number   VARCHAR(34)   NOT NULL,
  verified_at      TIMESTAMP(6)  NULL,
  verified_by      VARCHAR(255)  NULL,
  updated_at       TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_merchant_bank_account_merchant (merchant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bank_payout_batch (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  version       BIGINT        NOT NULL DEFAULT 0,
  message_id    VARCHAR(35)   NOT NULL,
  currency      CHAR(3)       NOT NULL,
  payout_count  INT           NOT NULL,
  total_minor   BIGINT        NOT NULL,
  paid_count    INT           NOT NULL DEFAULT 0,
  failed_count  INT           NOT NULL DEFAULT 0,
  status        VARCHAR(16)   NOT NULL,
  file_xml      MEDIUMTEXT    NOT NULL,
  created_at    TIMESTAMP(6)  NOT NULL,
  created_by    VARCHAR(255)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_bank_payout_batch_message (message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One transfer of a batch: which payout, the end-to-end id the bank quotes back, and the account it was sent to.
CREATE TABLE bank_payout_line (
  payout_id        BIGINT        NOT NULL,
  batch_id         BIGINT        NOT NULL,
  merchant_id      BIGINT        NOT NULL,
  end_to_end_id    VARCHAR(35)   NOT NULL,
  amount_minor     BIGINT        NOT NULL,
  beneficiary_name VARCHAR(140)  NOT NULL,
  account_number   VARCHAR(34)   NOT NULL,
  PRIMARY KEY (payout_id),
  UNIQUE KEY uq_bank_payout_line_e2e (end_to_end_id),
  KEY ix_bank_payout_line_batch (batch_id),
  CONSTRAINT fk_bank_payout_line_batch FOREIGN KEY (batch_id) REFERENCES bank_payout_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bank_status_report (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  batch_id          BIGINT        NOT NULL,
  message_id        VARCHAR(35)   NOT NULL,
  sha256            CHAR(64)      NOT NULL,
  paid_count        INT           NOT NULL,
  failed_count      INT           NOT NULL,
  unchanged_count   INT           NOT NULL,
  received_at       TIMESTAMP(6)  NOT NULL,
  received_by       VARCHAR(255)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_bank_status_report_message (message_id),
  UNIQUE KEY uq_bank_status_report_sha (sha256),
  CONSTRAINT fk_bank_status_report_batch FOREIGN KEY (batch_id) REFERENCES bank_payout_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
