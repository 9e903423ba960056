-- Requests for quotes and private offers: a buyer asks a merchant for a quote on a listing, the two write in a
-- thread, and the merchant may send one private offer at a time (the latest replaces the one before), which only
-- that buyer can accept (an order at the offer's price), decline, or let expire.
CREATE TABLE quote_request (
  id                    BIGINT         NOT NULL AUTO_INCREMENT,
  version               BIGINT         NOT NULL DEFAULT 0,
  listing_id            BIGINT         NOT NULL,
  merchant_id           BIGINT         NOT NULL,
  buyer_user_id         BIGINT         NOT NULL,
  buyer_email           VARCHAR(254)   NOT NULL,
  buyer_locale          VARCHAR(16)    NOT NULL,
  title_en              VARCHAR(200),
  title_zh              VARCHAR(200),
  subject               VARCHAR(300)   NOT NULL,
  volume                VARCHAR(300),
  period                VARCHAR(300),
  intended_use          VARCHAR(2000),
  destination_country   CHAR(2)        NOT NULL,
  status                VARCHAR(16)    NOT NULL,
  created_at            TIMESTAMP(6)   NOT NULL,
  last_activity_at      TIMESTAMP(6)   NOT NULL,
  offer_number          INT            NOT NULL DEFAULT 0,
  offer_plan_index      INT            NULL,
  offer_price_minor     BIGINT         NULL,
  offer_currency        CHAR(3)        NULL,
  offer_terms           VARCHAR(4000)  NULL,
  offer_valid_until     DATE           NULL,
  offered_at            TIMESTAMP(6)   NULL,
  closed_at             TIMESTAMP(6)   NULL,
  order_id              BIGINT         NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_quote_order (order_id),
  KEY ix_quote_buyer (buyer_user_id, last_activity_at),
  KEY ix_quote_merchant (merchant_id, last_activity_at),
  KEY ix_quote_status (status, offer_valid_until),
  CONSTRAINT ck_quote_offer_price CHECK (offer_price_minor IS NULL OR offer_price_minor > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The thread: what each side wrote, each offer as it was sent and the steps (accepted, declined, expired). Append-only.
CREATE TABLE quote_message (
  id                    BIGINT         NOT NULL AUTO_INCREMENT,
  request_id            BIGINT         NOT NULL,
  author_user_id        BIGINT         NULL,
  side                  VARCHAR(8)     NOT NULL,
  kind                  VARCHAR(16)    NOT NULL,
  body                  VARCHAR(4000)  NULL,
  offer_plan_index      INT            NULL,
  offer_price_minor     BIGINT         NULL,
  offer_currency        CHAR(3)        NULL,
  offer_terms           VARCHAR(4000)  NULL,
  offer_valid_until     DATE           NULL,
  attachment_name       VARCHAR(255)   NULL,
  attachment_type       VARCHAR(40)    NULL,
  attachment_size       INT            NULL,
  created_at            TIMESTAMP(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_quote_message_request (request_id, id),
  CONSTRAINT fk_quote_message_request FOREIGN KEY (request_id) REFERENCES quote_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An attachment's bytes, in their own table so listing a thread never reads them. Append-only like the thread.
CREATE TABLE quote_attachment (
  message_id            BIGINT         NOT NULL,
  content               LONGBLOB       NOT NULL,
  PRIMARY KEY (message_id),
  CONSTRAINT fk_quote_attachment_message FOREIGN KEY (message_id) REFERENCES quote_message (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER quote_message_no_update BEFORE UPDATE ON quote_message FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'quote_message is append-only';

CREATE TRIGGER quote_message_no_delete BEFORE DELETE ON quote_message FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'quote_message is append-only';

CREATE TRIGGER quote_attachment_no_update BEFORE UPDATE ON quote_attachment FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'quote_attachment is append-only';

CREATE TRIGGER quote_attachment_no_delete BEFORE DELETE ON quote_attachment FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'quote_attachment is append-only';
