-- Refunds of orders made through Stripe (by a merchant before release, or by staff), one row per Stripe refund: the
-- unique refund id makes the API's answer and the refund webhooks record it once.
CREATE TABLE order_refund (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  order_id         BIGINT       NOT NULL,
  stripe_refund_id VARCHAR(255) NOT NULL,
  currency         CHAR(3)      NOT NULL,
  amount_minor     BIGINT       NOT NULL,
  created_at       TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_order_refund_stripe (stripe_refund_id),
  KEY ix_order_refund_order (order_id),
  CONSTRAINT fk_order_refund_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  CONSTRAINT ck_order_refund_amount CHECK (amount_minor > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
