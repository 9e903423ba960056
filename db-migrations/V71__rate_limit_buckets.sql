-- Per-client request budgets shared by every app node (Bucket4j's MySQL proxy manager: the bucket's serialized
-- state, read and written under SELECT ... FOR UPDATE). The key is "<limit>:<client>"; expires_at (epoch millis,
-- written by Bucket4j) lets a locked job delete buckets whose budget is full again.
CREATE TABLE rate_limit_bucket (
  id         VARCHAR(255) NOT NULL,
  state      BLOB         NULL,
  expires_at BIGINT       NULL,
  PRIMARY KEY (id),
  KEY rate_limit_bucket_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
