-- Audit trail, merchant status and membership, and the international information-services whitelist (plan §10).

-- Append-only: the application has no update or delete path (the entity is immutable, its repository has no
-- delete methods), and these triggers refuse UPDATE and DELETE from anyone else too. Dropping the table (Flyway
-- clean in test runs) still works. A server with binary logging needs log_bin_trust_function_creators=1 (or
-- SUPER) for the account that runs this migration.
CREATE TABLE audit_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at  TIMESTAMP(6) NOT NULL,
  actor        VARCHAR(200) NOT NULL,
  action       VARCHAR(100) NOT NULL,
  subject_type VARCHAR(60)  NOT NULL,
  subject_id   VARCHAR(100) NOT NULL,
  before_state TEXT,
  after_state  TEXT,
  PRIMARY KEY (id),
  KEY ix_audit_event_occurred (occurred_at),
  KEY ix_audit_event_subject (subject_type, subject_id),
  KEY ix_audit_event_actor (actor),
  KEY ix_audit_event_action (action)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

-- Every merchant so far (the demo catalogue) is active.
ALTER TABLE merchant
  ADD COLUMN status           VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE' AFTER description_zh,
  ADD COLUMN suspended_reason VARCHAR(1000) NULL AFTER status,
  ADD COLUMN suspended_at     TIMESTAMP(6) NULL AFTER suspended_reason;

CREATE TABLE merchant_member (
  merchant_id BIGINT       NOT NULL,
  user_id     BIGINT       NOT NULL,
  role        VARCHAR(16)  NOT NULL,
  added_at    TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (merchant_id, user_id),
  KEY ix_merchant_member_user (user_id),
  CONSTRAINT fk_merchant_member_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
  CONSTRAINT ck_merchant_member_role CHECK (role IN ('OWNER', 'STAFF'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Validity dates are calendar days in Asia/Shanghai, both ends included; valid_to NULL means open-ended.
CREATE TABLE whitelist_entry (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  merchant_id    BIGINT        NOT NULL,
  scope          VARCHAR(1000) NOT NULL,
  valid_from     DATE          NOT NULL,
  valid_to       DATE          NULL,
  note           VARCHAR(2000) NULL,
  granted_by     VARCHAR(200)  NOT NULL,
  granted_at     TIMESTAMP(6)  NOT NULL,
  revoked_at     TIMESTAMP(6)  NULL,
  revoked_by     VARCHAR(200)  NULL,
  revoked_reason VARCHAR(1000) NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_whitelist_entry_merchant (merchant_id, valid_from),
  CONSTRAINT fk_whitelist_entry_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
  CONSTRAINT ck_whitelist_entry_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CONSTRAINT ck_whitelist_entry_revocation CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
