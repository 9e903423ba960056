-- Cross-border compliance: the facts the routing rules read, each routing of an order bound abroad, and the
-- pre-transfer assessments of orders routed to review. Owned by the compliance module.

CREATE TABLE compliance_listing_facts (
  listing_id          BIGINT       NOT NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  personal_info       VARCHAR(16)  NULL,
  individuals         BIGINT       NULL,
  collected_abroad    BOOLEAN      NULL,
  on_negative_list    BOOLEAN      NULL,
  filing_type         VARCHAR(32)  NULL,
  filing_reference    VARCHAR(120) NULL,
  filing_expires_on   DATE         NULL,
  updated_at          TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (listing_id),
  CONSTRAINT fk_compliance_listing_facts_listing FOREIGN KEY (listing_id) REFERENCES listing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE compliance_merchant_facts (
  merchant_id           BIGINT       NOT NULL,
  version               BIGINT       NOT NULL DEFAULT 0,
  cii_operator          BOOLEAN      NULL,
  in_free_trade_zone    BOOLEAN      NULL,
  sector                VARCHAR(40)  NULL,
  outside_year          INT          NULL,
  outside_non_sensitive BIGINT       NOT NULL DEFAULT 0,
  outside_sensitive     BIGINT       NOT NULL DEFAULT 0,
  updated_at            TIMESTAMP(6) NOT NULL,
  verified_at           TIMESTAMP(6) NULL,
  verified_by           VARCHAR(190) NULL,
  PRIMARY KEY (merchant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recipients no data may go to (matched by the buyer's e-mail address or the destination country).
CREATE TABLE compliance_blocked_recipient (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  email      VARCHAR(190) NULL,
  country    CHAR(2)      NULL,
  reason     VARCHAR(500) NOT NULL,
  created_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per order bound abroad, with the facts it was routed on (so a dry run can re-route it later).
CREATE TABLE compliance_routing (
  order_id          BIGINT       NOT NULL,
  listing_id        BIGINT       NOT NULL,
  merchant_id       BIGINT       NOT NULL,
  buyer_user_id     BIGINT       NOT NULL,
  country           CHAR(2)      NOT NULL,
  routed_at         TIMESTAMP(6) NOT NULL,
  routed_year       INT          NOT NULL,
  classification    VARCHAR(16)  NOT NULL,
  personal_info     VARCHAR(16)  NULL,
  individuals       BIGINT       NULL,
  collected_abroad  BOOLEAN      NULL,
  on_negative_list  BOOLEAN      NULL,
  filing_type       VARCHAR(32)  NULL,
  filing_expires_on DATE         NULL,
  cii_operator      BOOLEAN      NULL,
  in_free_trade_zone BOOLEAN     NULL,
  sector            VARCHAR(40)  NULL,
  recipient_blocked BOOLEAN      NOT NULL,
  prior_non_sensitive BIGINT     NOT NULL,
  prior_sensitive   BIGINT       NOT NULL,
  outcome           VARCHAR(16)  NOT NULL,
  rule_code         VARCHAR(40)  NOT NULL,
  mechanism         VARCHAR(32)  NOT NULL,
  counts_to_total   BOOLEAN      NOT NULL,
  PRIMARY KEY (order_id),
  KEY ix_compliance_routing_merchant_year (merchant_id, routed_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE compliance_assessment (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  version            BIGINT       NOT NULL DEFAULT 0,
  order_id           BIGINT       NOT NULL,
  buyer_user_id      BIGINT       NOT NULL,
  status             VARCHAR(20)  NOT NULL,
  recipient          TEXT         NULL,
  purpose            TEXT         NULL,
  categories         TEXT         NULL,
  access_mode        TEXT         NULL,
  storage            TEXT         NULL,
  onward_transfers   TEXT         NULL,
  security_measures  TEXT         NULL,
  recipient_law      TEXT         NULL,
  incidents          TEXT         NULL,
  contract           TEXT         NULL,
  document_name      VARCHAR(255) NULL,
  document_sha256    CHAR(64)     NULL,
  document           MEDIUMBLOB   NULL,
  more_fields        VARCHAR(400) NULL,
  staff_note         TEXT         NULL,
  conditions         TEXT         NULL,
  conditions_accepted_at TIMESTAMP(6) NULL,
  filed_at           TIMESTAMP(6) NULL,
  decided_at         TIMESTAMP(6) NULL,
  decided_by         VARCHAR(190) NULL,
  expires_at         TIMESTAMP(6) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY ux_compliance_assessment_order (order_id),
  KEY ix_compliance_assessment_status (status, filed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
