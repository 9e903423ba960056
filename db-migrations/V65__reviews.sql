-- Verified-purchase reviews (issue 17): one per accepted order, rating 1-5, in the language it was written in (zh/en).
-- order_id is NULL only for the demo data's reviews (the demo has no orders); a review written on the site always has
-- its order, and the unique key keeps it to one per order. merchant_id and listing_id are copied from the order.
CREATE TABLE review (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  order_id        BIGINT        NULL,
  listing_id      BIGINT        NOT NULL,
  merchant_id     BIGINT        NOT NULL,
  buyer_user_id   BIGINT        NULL,
  reviewer_name   VARCHAR(200)  NOT NULL,
  rating          INT           NOT NULL,
  title           VARCHAR(200)  NULL,
  body            TEXT          NOT NULL,
  language        VARCHAR(8)    NOT NULL,
  written_at      TIMESTAMP(6)  NOT NULL,
  edited_at       TIMESTAMP(6)  NULL,
  reply           TEXT          NULL,
  reply_language  VARCHAR(8)    NULL,
  replied_at      TIMESTAMP(6)  NULL,
  replied_by      VARCHAR(200)  NULL,
  hidden_at       TIMESTAMP(6)  NULL,
  hidden_reason   VARCHAR(1000) NULL,
  hidden_by       VARCHAR(200)  NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_review_order (order_id),
  KEY ix_review_listing (listing_id, hidden_at, written_at),
  KEY ix_review_merchant (merchant_id, written_at),
  CONSTRAINT ck_review_rating CHECK (rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
