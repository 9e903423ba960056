-- Signed checkpoints of the evidence chain's head, the platform's Ed25519 key, and spot checks (事后抽查), issue 12.

-- The platform's signing key, made at first start. The private key sits in the database: whoever can read it can
-- sign, so production keeps database backups as secret as the key (an HSM or a file outside the DB is the next step).
CREATE TABLE evidence_signing_key (
  id          TINYINT      NOT NULL,
  algorithm   VARCHAR(20)  NOT NULL,
  public_key  TEXT         NOT NULL,
  private_key TEXT         NOT NULL,
  created_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

-- Append-only like the chain itself.
CREATE TABLE evidence_checkpoint (
  id        BIGINT       NOT NULL AUTO_INCREMENT,
  seq       BIGINT       NOT NULL,
  hash      CHAR(64)     NOT NULL,
  signed_at TIMESTAMP(6) NOT NULL,
  signature VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_evidence_checkpoint_seq (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER evidence_checkpoint_no_update BEFORE UPDATE ON evidence_checkpoint FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'evidence_checkpoint is append-only';

CREATE TRIGGER evidence_checkpoint_no_delete BEFORE DELETE ON evidence_checkpoint FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'evidence_checkpoint is append-only';

-- Periods are calendar days in Asia/Shanghai, both ends included.
CREATE TABLE spot_check_campaign (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  title       VARCHAR(200)  NOT NULL,
  period_from DATE          NOT NULL,
  period_to   DATE          NOT NULL,
  seed        BIGINT        NOT NULL,
  sample_size INT           NOT NULL,
  population  INT           NOT NULL,
  due_days    INT           NOT NULL,
  started_by  VARCHAR(200)  NOT NULL,
  started_at  TIMESTAMP(6)  NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT ck_spot_check_campaign_period CHECK (period_to >= period_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE spot_check_case (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  campaign_id            BIGINT        NOT NULL,
  certificate_id         VARCHAR(40)   NOT NULL,
  order_id               BIGINT        NOT NULL,
  merchant_id            BIGINT        NOT NULL,
  classification         VARCHAR(16)   NOT NULL,
  status                 VARCHAR(24)   NOT NULL,
  request_note           VARCHAR(2000) NULL,
  requested_at           TIMESTAMP(6)  NULL,
  due_at                 TIMESTAMP(6)  NULL,
  evidence_file_name     VARCHAR(255)  NULL,
  evidence_content_type  VARCHAR(60)   NULL,
  evidence_sha256        CHAR(64)      NULL,
  evidence_bytes         MEDIUMBLOB    NULL,
  evidence_uploaded_at   TIMESTAMP(6)  NULL,
  finding                VARCHAR(16)   NULL,
  finding_note           VARCHAR(2000) NULL,
  closed_by              VARCHAR(200)  NULL,
  closed_at              TIMESTAMP(6)  NULL,
  version                BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_spot_check_case (campaign_id, certificate_id),
  KEY ix_spot_check_case_merchant (merchant_id, status),
  CONSTRAINT fk_spot_check_case_campaign FOREIGN KEY (campaign_id) REFERENCES spot_check_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
