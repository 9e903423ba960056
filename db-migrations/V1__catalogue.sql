-- DataPort's first schema: merchants, the category tree, listings with their plans, and the event
-- publication registry that carries listing changes to the search index (a transactional outbox).
-- utf8mb4 everywhere: Chinese text and emoji must round-trip.

CREATE TABLE merchant (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  slug                VARCHAR(80)  NOT NULL,
  name_en             VARCHAR(200),
  name_zh             VARCHAR(200),
  origin              VARCHAR(16)  NOT NULL,
  country_code        CHAR(2)      NOT NULL,
  city                VARCHAR(100),
  website             VARCHAR(300),
  registration_number VARCHAR(64),
  founded_year        INT,
  description_en      TEXT,
  description_zh      TEXT,
  created_at          TIMESTAMP(6) NOT NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_merchant_slug (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE category (
  id        BIGINT      NOT NULL AUTO_INCREMENT,
  code      VARCHAR(64) NOT NULL,
  parent_id BIGINT,
  name_en   VARCHAR(120),
  name_zh   VARCHAR(120),
  position  INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_category_code (code),
  CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE listing (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  merchant_id          BIGINT       NOT NULL,
  category_id          BIGINT       NOT NULL,
  title_en             VARCHAR(200),
  title_zh             VARCHAR(200),
  summary_en           VARCHAR(500),
  summary_zh           VARCHAR(500),
  description_en       MEDIUMTEXT,
  description_zh       MEDIUMTEXT,
  delivery_mode        VARCHAR(32)  NOT NULL,
  classification       VARCHAR(16)  NOT NULL,
  personal_information BOOLEAN      NOT NULL DEFAULT FALSE,
  cross_border         BOOLEAN      NOT NULL DEFAULT FALSE,
  update_frequency     VARCHAR(16),
  sla_en               VARCHAR(500),
  sla_zh               VARCHAR(500),
  licence_en           VARCHAR(1000),
  licence_zh           VARCHAR(1000),
  status               VARCHAR(16)  NOT NULL,
  published_at         TIMESTAMP(6) NULL,
  created_at           TIMESTAMP(6) NOT NULL,
  updated_at           TIMESTAMP(6) NOT NULL,
  version              BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_listing_status_published (status, published_at),
  KEY ix_listing_merchant (merchant_id),
  CONSTRAINT fk_listing_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
  CONSTRAINT fk_listing_category FOREIGN KEY (category_id) REFERENCES category (id),
  CONSTRAINT ck_listing_core_not_cross_border CHECK (NOT (classification = 'CORE' AND cross_border))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE listing_tag (
  listing_id BIGINT      NOT NULL,
  tag        VARCHAR(64) NOT NULL,
  PRIMARY KEY (listing_id, tag),
  CONSTRAINT fk_listing_tag_listing FOREIGN KEY (listing_id) REFERENCES listing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE listing_region (
  listing_id   BIGINT  NOT NULL,
  country_code CHAR(2) NOT NULL,
  PRIMARY KEY (listing_id, country_code),
  CONSTRAINT fk_listing_region_listing FOREIGN KEY (listing_id) REFERENCES listing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE listing_language (
  listing_id BIGINT      NOT NULL,
  language   VARCHAR(16) NOT NULL,
  PRIMARY KEY (listing_id, language),
  CONSTRAINT fk_listing_language_listing FOREIGN KEY (listing_id) REFERENCES listing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Money is exact: an amount in the currency's minor units plus its ISO 4217 code.
CREATE TABLE pricing_plan (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  listing_id  BIGINT      NOT NULL,
  position    INT         NOT NULL DEFAULT 0,
  name_en     VARCHAR(120),
  name_zh     VARCHAR(120),
  model       VARCHAR(16) NOT NULL,
  period      VARCHAR(8),
  unit_en     VARCHAR(60),
  unit_zh     VARCHAR(60),
  price_minor BIGINT,
  currency    CHAR(3),
  PRIMARY KEY (id),
  KEY ix_pricing_plan_listing (listing_id),
  CONSTRAINT fk_pricing_plan_listing FOREIGN KEY (listing_id) REFERENCES listing (id) ON DELETE CASCADE,
  CONSTRAINT ck_pricing_plan_price CHECK ((model = 'QUOTE') = (price_minor IS NULL)),
  CONSTRAINT ck_pricing_plan_currency CHECK ((price_minor IS NULL) = (currency IS NULL)),
  CONSTRAINT ck_pricing_plan_not_negative CHECK (price_minor IS NULL OR price_minor >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spring Modulith's event publication registry (schema v2 for MySQL/MariaDB, table name as Modulith
-- spells it: table names are case-sensitive on Linux).
CREATE TABLE EVENT_PUBLICATION (
  ID                     VARCHAR(36)   NOT NULL,
  LISTENER_ID            VARCHAR(512)  NOT NULL,
  EVENT_TYPE             VARCHAR(512)  NOT NULL,
  SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(6)  NOT NULL,
  COMPLETION_DATE        TIMESTAMP(6)  NULL DEFAULT NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(6)  NULL DEFAULT NULL,
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
