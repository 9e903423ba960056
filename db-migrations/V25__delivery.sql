-- Delivery: what a paid order unlocks. Deliverable files are stored in the database in chunks, so every app node
-- reads the same bytes and an upload never has to sit in memory whole.

CREATE TABLE delivery_deliverable (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  listing_id   BIGINT       NOT NULL,
  merchant_id  BIGINT       NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  content_type VARCHAR(60)  NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NULL,
  complete     BOOLEAN      NOT NULL DEFAULT FALSE,
  uploaded_by  BIGINT       NULL,
  uploaded_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_delivery_deliverable_listing (listing_id, complete, id),
  CONSTRAINT fk_delivery_deliverable_listing FOREIGN KEY (listing_id) REFERENCES listing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delivery_chunk (
  deliverable_id BIGINT     NOT NULL,
  seq            INT        NOT NULL,
  data           MEDIUMBLOB NOT NULL,
  PRIMARY KEY (deliverable_id, seq),
  CONSTRAINT fk_delivery_chunk_deliverable FOREIGN KEY (deliverable_id) REFERENCES delivery_deliverable (id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delivery_entitlement (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  order_id       BIGINT       NOT NULL,
  order_number   VARCHAR(40)  NOT NULL,
  buyer_user_id  BIGINT       NOT NULL,
  merchant_id    BIGINT       NOT NULL,
  listing_id     BIGINT       NOT NULL,
  kind           VARCHAR(16)  NOT NULL,
  subscription   BOOLEAN      NOT NULL,
  deliverable_id BIGINT       NULL,
  downloads_used INT          NOT NULL DEFAULT 0,
  downloads_max  INT          NOT NULL,
  granted_at     TIMESTAMP(6) NOT NULL,
  access_until   TIMESTAMP(6) NULL,
  ended_at       TIMESTAMP(6) NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_delivery_entitlement_order (order_id),
  KEY ix_delivery_entitlement_listing (listing_id, kind),
  CONSTRAINT fk_delivery_entitlement_deliverable FOREIGN KEY (deliverable_id) REFERENCES delivery_deliverable (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delivery_download (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  entitlement_id BIGINT       NOT NULL,
  deliverable_id BIGINT       NOT NULL,
  user_id        BIGINT       NOT NULL,
  started_at     TIMESTAMP(6) NOT NULL,
  bytes_sent     BIGINT       NOT NULL DEFAULT 0,
  completed      BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  KEY ix_delivery_download_entitlement (entitlement_id, started_at),
  CONSTRAINT fk_delivery_download_entitlement FOREIGN KEY (entitlement_id) REFERENCES delivery_entitlement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delivery_api_key (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  entitlement_id BIGINT       NOT NULL,
  listing_id     BIGINT       NOT NULL,
  merchant_id    BIGINT       NOT NULL,
  prefix         VARCHAR(16)  NOT NULL,
  key_hash       CHAR(64)     NOT NULL,
  created_at     TIMESTAMP(6) NOT NULL,
  expires_at     TIMESTAMP(6) NULL,
  revoked_at     TIMESTAMP(6) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_delivery_api_key_hash (key_hash),
  KEY ix_delivery_api_key_entitlement (entitlement_id),
  CONSTRAINT fk_delivery_api_key_entitlement FOREIGN KEY (entitlement_id) REFERENCES delivery_entitlement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delivery_gateway_secret (
  merchant_id  BIGINT       NOT NULL,
  prefix       VARCHAR(16)  NOT NULL,
  secret_hash  CHAR(64)     NOT NULL,
  created_by   BIGINT       NOT NULL,
  created_at   TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (merchant_id),
  UNIQUE KEY uq_delivery_gateway_secret_hash (secret_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delivery_fulfilment_note (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  order_id       BIGINT        NOT NULL,
  author_user_id BIGINT        NULL,
  note           VARCHAR(4000) NOT NULL,
  created_at     TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_delivery_fulfilment_note_order (order_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The download links' signing key when none is configured: generated once, shared by every app node.
CREATE TABLE delivery_link_key (
  id         TINYINT      NOT NULL,
  secret     VARBINARY(64) NOT NULL,
  created_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
