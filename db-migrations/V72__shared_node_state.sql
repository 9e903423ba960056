-- State every app node shares. The failed-sign-in throttle (accounts.SignInThrottle): recent failures per key
-- ("account:<email>" or "address:<ip>") and the keys blocked until a time. A locked job deletes what no longer counts.
CREATE TABLE sign_in_failure (
  id        BIGINT       NOT NULL AUTO_INCREMENT,
  throttle_key VARCHAR(300) NOT NULL,
  failed_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  KEY sign_in_failure_key (throttle_key, failed_at),
  KEY sign_in_failure_at (failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sign_in_block (
  throttle_key  VARCHAR(300) NOT NULL,
  blocked_until TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (throttle_key),
  KEY sign_in_block_until (blocked_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A counter per kind of cached figure that every node reads (statistics.StatisticsGeneration): the roll-up runs on one
-- node, and the counter it moves makes the other nodes' figure caches let go of the old figures.
CREATE TABLE cluster_generation (
  name    VARCHAR(64) NOT NULL,
  counter BIGINT      NOT NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
