-- Settlement: a double-entry ledger of every money movement, the platform fee table, each paid order's settlement
-- (fee fixed at payment, merchant share held until acceptance or the hold period's end), disputes and payouts.
--
-- Journal lines carry signed minor units: debit positive, credit negative. Every entry's lines sum to zero per
-- currency. ledger_account.balance_minor is the running sum of the account's lines, kept in the same transaction as
-- the lines (the account row is locked while an entry is posted). Journal entries and lines are append-only:
-- corrections are new entries, and the triggers below refuse UPDATE and DELETE, as for audit_event (V3).

CREATE TABLE ledger_account (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  kind          VARCHAR(32) NOT NULL,
  party_id      BIGINT      NOT NULL,
  currency      CHAR(3)     NOT NULL,
  balance_minor BIGINT      NOT NULL DEFAULT 0,
  version       BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_ledger_account (kind, party_id, currency),
  KEY ix_ledger_account_party (party_id, currency)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE journal_entry (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  kind        VARCHAR(32)   NOT NULL,
  order_id    BIGINT        NULL,
  payout_id   BIGINT        NULL,
  dispute_id  BIGINT        NULL,
  refund_ref  VARCHAR(255)  NULL,
  memo        VARCHAR(500)  NULL,
  created_at  TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_journal_entry_order (order_id),
  KEY ix_journal_entry_payout (payout_id),
  KEY ix_journal_entry_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE journal_line (
  id           BIGINT  NOT NULL AUTO_INCREMENT,
  entry_id     BIGINT  NOT NULL,
  account_id   BIGINT  NOT NULL,
  currency     CHAR(3) NOT NULL,
  amount_minor BIGINT  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_journal_line_entry (entry_id),
  KEY ix_journal_line_account (account_id, id),
  CONSTRAINT fk_journal_line_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id),
  CONSTRAINT fk_journal_line_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
  CONSTRAINT ck_journal_line_nonzero CHECK (amount_minor <> 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal_entry is append-only';

CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal_entry is append-only';

CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal_line is append-only';

CREATE TRIGGER journal_line_no_delete BEFORE DELETE ON journal_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal_line is append-only';

-- Money leaving for a merchant on one of the two rails: IN_TRANSIT, then PAID or FAILED.
CREATE TABLE payout (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  merchant_id    BIGINT        NOT NULL,
  currency       CHAR(3)       NOT NULL,
  amount_minor   BIGINT        NOT NULL,
  rail           VARCHAR(20)   NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  external_ref   VARCHAR(255)  NULL,
  failure_code   VARCHAR(64)   NULL,
  failure_reason VARCHAR(1000) NULL,
  order_id       BIGINT        NULL,
  batch_id       BIGINT        NULL,
  created_at     TIMESTAMP(6)  NOT NULL,
  settled_at     TIMESTAMP(6)  NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_payout_merchant (merchant_id, created_at),
  KEY ix_payout_batch (batch_id),
  KEY ix_payout_order (order_id),
  KEY ix_payout_status (status, created_at),
  CONSTRAINT ck_payout_amount CHECK (amount_minor > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The platform fee per currency from a date on: percent of the order total plus a fixed amount (minor units).
-- Rows are never changed: a new rate is a new row with a later effective date.
CREATE TABLE platform_fee (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  currency       CHAR(3)       NOT NULL,
  percent        DECIMAL(7, 4) NOT NULL,
  fixed_minor    BIGINT        NOT NULL,
  effective_from DATE          NOT NULL,
  created_at     TIMESTAMP(6)  NOT NULL,
  created_by     VARCHAR(254)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_platform_fee (currency, effective_from),
  CONSTRAINT ck_platform_fee_percent CHECK (percent >= 0 AND percent <= 100),
  CONSTRAINT ck_platform_fee_fixed CHECK (fixed_minor >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO platform_fee (currency, percent, fixed_minor, effective_from, created_at, created_by) VALUES
  ('USD', 10.0000, 30, '2026-01-01', CURRENT_TIMESTAMP(6), NULL),
  ('EUR', 10.0000, 25, '2026-01-01', CURRENT_TIMESTAMP(6), NULL),
  ('CNY', 10.0000, 200, '2026-01-01', CURRENT_TIMESTAMP(6), NULL),
  ('JPY', 10.0000, 40, '2026-01-01', CURRENT_TIMESTAMP(6), NULL);

-- One paid order's money: what the buyer paid, the fee fixed at payment, the merchant's share, and where the share
-- stands (PENDING until released, HELD while disputed, RELEASED, REFUNDED when nothing is left).
CREATE TABLE order_settlement (
  order_id            BIGINT       NOT NULL,
  merchant_id         BIGINT       NOT NULL,
  currency            CHAR(3)      NOT NULL,
  total_minor         BIGINT       NOT NULL,
  fee_minor           BIGINT       NOT NULL,
  share_minor         BIGINT       NOT NULL,
  refunded_minor      BIGINT       NOT NULL DEFAULT 0,
  fee_reversed_minor  BIGINT       NOT NULL DEFAULT 0,
  state               VARCHAR(16)  NOT NULL,
  paid_at             TIMESTAMP(6) NOT NULL,
  hold_until          TIMESTAMP(6) NOT NULL,
  released_at         TIMESTAMP(6) NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (order_id),
  KEY ix_order_settlement_merchant (merchant_id, paid_at),
  KEY ix_order_settlement_due (state, hold_until),
  CONSTRAINT ck_order_settlement_split CHECK (fee_minor + share_minor = total_minor),
  CONSTRAINT ck_order_settlement_refund CHECK (refunded_minor >= 0 AND refunded_minor <= total_minor),
  CONSTRAINT ck_order_settlement_fee_rev CHECK (fee_reversed_minor >= 0 AND fee_reversed_minor <= fee_minor)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A dispute of an order: opened by the buyer with a reason, or reported by Stripe; staff decide it.
CREATE TABLE settlement_dispute (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  order_id          BIGINT        NOT NULL,
  source            VARCHAR(16)   NOT NULL,
  stripe_dispute_id VARCHAR(255)  NULL,
  reason            VARCHAR(2000) NOT NULL,
  status            VARCHAR(16)   NOT NULL,
  opened_at         TIMESTAMP(6)  NOT NULL,
  decided_at        TIMESTAMP(6)  NULL,
  decided_by        VARCHAR(254)  NULL,
  decision_note     VARCHAR(2000) NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_settlement_dispute_stripe (stripe_dispute_id),
  KEY ix_settlement_dispute_order (order_id),
  KEY ix_settlement_dispute_status (status, opened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
