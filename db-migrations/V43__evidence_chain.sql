-- Evidence chain (事中存证): an append-only, hash-chained log of each trade's steps (issue 12).
-- Each record's hash is SHA-256(previous record's hash + its canonical payload), so editing, deleting, inserting or
-- reordering a record breaks the chain from there on; signed checkpoints (V44) pin the head.

-- One certificate per trade (order): the public id on /verify/{certificate}, and the few facts spot checks sample by.
CREATE TABLE evidence_certificate (
  id              VARCHAR(40)  NOT NULL,
  order_id        BIGINT       NOT NULL,
  listing_id      BIGINT       NOT NULL,
  merchant_id     BIGINT       NOT NULL,
  classification  VARCHAR(16)  NULL,
  routing_outcome VARCHAR(20)  NULL,
  created_at      TIMESTAMP(6) NOT NULL,
  completed_at    TIMESTAMP(6) NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_evidence_certificate_order (order_id),
  KEY ix_evidence_certificate_completed (completed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application only inserts; the triggers refuse UPDATE and DELETE from anyone else too.
-- dedup_key makes a replayed event (the event publication registry redelivers after a crash) a no-op.
CREATE TABLE evidence_record (
  seq            BIGINT       NOT NULL,
  certificate_id VARCHAR(40)  NOT NULL,
  record_type    VARCHAR(30)  NOT NULL,
  recorded_at    TIMESTAMP(6) NOT NULL,
  payload        TEXT         NOT NULL,
  prev_hash      CHAR(64)     NOT NULL,
  hash           CHAR(64)     NOT NULL,
  dedup_key      VARCHAR(120) NOT NULL,
  PRIMARY KEY (seq),
  UNIQUE KEY uk_evidence_record_dedup (dedup_key),
  KEY ix_evidence_record_certificate (certificate_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER evidence_record_no_update BEFORE UPDATE ON evidence_record FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'evidence_record is append-only';

CREATE TRIGGER evidence_record_no_delete BEFORE DELETE ON evidence_record FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'evidence_record is append-only';

-- The chain's head, one row: appenders lock it (SELECT ... FOR UPDATE), so concurrent events never fork the chain.
CREATE TABLE evidence_chain_head (
  id        TINYINT  NOT NULL,
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO evidence_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
