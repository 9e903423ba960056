-- Payout rail 1: foreign merchants paid by Stripe Connect (separate charges and transfers).
--
-- connected_account: the merchant's Stripe connected account and its state as Stripe last reported it (the
-- account.updated webhook, or the merchant's return from onboarding). requirements_due lists Stripe's
-- requirements.currently_due codes, comma-separated.
CREATE TABLE connected_account (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  version            BIGINT        NOT NULL DEFAULT 0,
  merchant_id        BIGINT        NOT NULL,
  stripe_account_id  VARCHAR(64)   NOT NULL,
  country            CHAR(2)       NOT NULL,
  charges_enabled    BOOLEAN       NOT NULL DEFAULT FALSE,
  payouts_enabled    BOOLEAN       NOT NULL DEFAULT FALSE,
  details_submitted  BOOLEAN       NOT NULL DEFAULT FALSE,
  requirements_due   VARCHAR(2000) NOT NULL DEFAULT '',
  disabled_reason    VARCHAR(100)  NULL,
  stripe_state_at    BIGINT        NOT NULL DEFAULT 0,
  created_at         DATETIME(6)   NOT NULL,
  updated_at         DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_connected_account_merchant (merchant_id),
  UNIQUE KEY uk_connected_account_stripe (stripe_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One released order share of a Connect merchant: WAITING (available, not yet sent: the account cannot receive
-- payouts, or a transfer failed), OPENED (a payout is in transit, the transfer not yet confirmed), PAID (the transfer
-- id). amount_minor is what is still to send (a refund before the transfer lowers it); reversed_minor what refunds
-- after the transfer took back.
CREATE TABLE connect_share (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  version         BIGINT       NOT NULL DEFAULT 0,
  order_id        BIGINT       NOT NULL,
  merchant_id     BIGINT       NOT NULL,
  currency        CHAR(3)      NOT NULL,
  amount_minor    BIGINT       NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  payout_id       BIGINT       NULL,
  transferred_minor BIGINT     NOT NULL DEFAULT 0,
  transfer_id     VARCHAR(64)  NULL,
  reversed_minor  BIGINT       NOT NULL DEFAULT 0,
  last_failure    VARCHAR(500) NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_connect_share_order (order_id),
  KEY ix_connect_share_merchant (merchant_id, status),
  KEY ix_connect_share_status (status, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Transfer reversals made for refunds after a transfer: one per refund (the refund id is the key), append-only.
CREATE TABLE connect_reversal (
  refund_id     VARCHAR(255) NOT NULL,
  order_id      BIGINT       NOT NULL,
  payout_id     BIGINT       NOT NULL,
  transfer_id   VARCHAR(64)  NOT NULL,
  reversal_id   VARCHAR(64)  NOT NULL,
  currency      CHAR(3)      NOT NULL,
  amount_minor  BIGINT       NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (refund_id),
  KEY ix_connect_reversal_order (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER connect_reversal_no_update BEFORE UPDATE ON connect_reversal FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'connect_reversal is append-only';

CREATE TRIGGER connect_reversal_no_delete BEFORE DELETE ON connect_reversal FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'connect_reversal is append-only';
