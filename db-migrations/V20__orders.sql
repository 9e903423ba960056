-- Orders: a buyer's purchase of one plan of one listing, frozen at checkout, and its payment through Stripe.
CREATE TABLE customer_order (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  order_number           VARCHAR(32)   NOT NULL,
  checkout_key           VARCHAR(64)   NOT NULL,
  status                 VARCHAR(20)   NOT NULL,
  buyer_user_id          BIGINT        NOT NULL,
  buyer_email            VARCHAR(254)  NOT NULL,
  buyer_locale           VARCHAR(16)   NOT NULL,
  merchant_id            BIGINT        NOT NULL,
  merchant_name_en       VARCHAR(300),
  merchant_name_zh       VARCHAR(300),
  listing_id             BIGINT        NOT NULL,
  listing_version        BIGINT        NOT NULL,
  title_en               VARCHAR(200),
  title_zh               VARCHAR(200),
  plan_index             INT           NOT NULL,
  plan_name_en           VARCHAR(200),
  plan_name_zh           VARCHAR(200),
  pricing_model          VARCHAR(16)   NOT NULL,
  billing_period         VARCHAR(8),
  unit_en                VARCHAR(100),
  unit_zh                VARCHAR(100),
  delivery_mode          VARCHAR(32)   NOT NULL,
  licence_en             VARCHAR(1000),
  licence_zh             VARCHAR(1000),
  currency               CHAR(3)       NOT NULL,
  unit_price_minor       BIGINT        NOT NULL,
  quantity               INT           NOT NULL,
  total_minor            BIGINT        NOT NULL,
  stripe_session_id      VARCHAR(255),
  stripe_session_url     VARCHAR(2000),
  stripe_subscription_id VARCHAR(255),
  payment_ref            VARCHAR(255),
  delivery_note          VARCHAR(2000),
  created_at             TIMESTAMP(6)  NOT NULL,
  paid_at                TIMESTAMP(6)  NULL,
  delivered_at           TIMESTAMP(6)  NULL,
  accepted_at            TIMESTAMP(6)  NULL,
  closed_at              TIMESTAMP(6)  NULL,
  access_until           TIMESTAMP(6)  NULL,
  version                BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_order_number (order_number),
  UNIQUE KEY uk_order_checkout_key (checkout_key),
  UNIQUE KEY uk_order_stripe_session (stripe_session_id),
  KEY ix_order_subscription (stripe_subscription_id),
  KEY ix_order_buyer (buyer_user_id, created_at),
  KEY ix_order_merchant (merchant_id, created_at),
  KEY ix_order_status (status, created_at),
  CONSTRAINT ck_order_quantity CHECK (quantity > 0),
  CONSTRAINT ck_order_total CHECK (total_minor = unit_price_minor * quantity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every Stripe event handled, by Stripe's id, with what it did: written in the transaction that applies it, so a
-- redelivered event is recognised and changes nothing.
CREATE TABLE stripe_event (
  id          VARCHAR(255)  NOT NULL,
  type        VARCHAR(100)  NOT NULL,
  order_id    BIGINT,
  outcome     VARCHAR(500)  NOT NULL,
  received_at TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_stripe_event_order (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Indicative exchange rates for the checkout page: US dollars per one unit of a currency, kept by admins.
CREATE TABLE exchange_rate (
  currency     CHAR(3)         NOT NULL,
  usd_per_unit DECIMAL(24, 12) NOT NULL,
  updated_at   TIMESTAMP(6)    NOT NULL,
  updated_by   VARCHAR(254),
  PRIMARY KEY (currency),
  CONSTRAINT ck_exchange_rate_positive CHECK (usd_per_unit > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO exchange_rate (currency, usd_per_unit, updated_at, updated_by) VALUES
  ('USD', 1, CURRENT_TIMESTAMP(6), NULL),
  ('CNY', 0.14, CURRENT_TIMESTAMP(6), NULL),
  ('EUR', 1.08, CURRENT_TIMESTAMP(6), NULL),
  ('GBP', 1.27, CURRENT_TIMESTAMP(6), NULL),
  ('JPY', 0.0067, CURRENT_TIMESTAMP(6), NULL),
  ('SGD', 0.74, CURRENT_TIMESTAMP(6), NULL),
  ('HKD', 0.128, CURRENT_TIMESTAMP(6), NULL),
  ('KRW', 0.00073, CURRENT_TIMESTAMP(6), NULL),
  ('AUD', 0.66, CURRENT_TIMESTAMP(6), NULL),
  ('CAD', 0.73, CURRENT_TIMESTAMP(6), NULL),
  ('CHF', 1.13, CURRENT_TIMESTAMP(6), NULL);
