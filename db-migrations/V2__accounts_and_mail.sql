-- Accounts (users, their staff roles, single-use e-mail tokens) and the outbox of outgoing mail.
-- The MERCHANT role is not stored: it follows membership of an active merchant, computed at sign-in.

CREATE TABLE user_account (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  email             VARCHAR(254) NOT NULL,
  password_hash     VARCHAR(100) NOT NULL,
  display_name      VARCHAR(100) NOT NULL,
  locale            VARCHAR(8)   NOT NULL,
  email_verified_at TIMESTAMP(6) NULL,
  created_at        TIMESTAMP(6) NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_user_account_email (email),
  KEY ix_user_account_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(16) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Only the SHA-256 of a token is stored: a leaked table lets nobody verify or reset anything.
CREATE TABLE account_token (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  user_id    BIGINT       NOT NULL,
  purpose    VARCHAR(16)  NOT NULL,
  token_hash CHAR(64)     NOT NULL,
  expires_at TIMESTAMP(6) NOT NULL,
  used_at    TIMESTAMP(6) NULL,
  created_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_account_token_hash (token_hash),
  KEY ix_account_token_user (user_id, purpose),
  CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The outbox: a mail row commits with the change that caused it; the dispatcher delivers it afterwards.
CREATE TABLE outgoing_mail (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  recipient  VARCHAR(254)  NOT NULL,
  subject    VARCHAR(300)  NOT NULL,
  body       MEDIUMTEXT    NOT NULL,
  status     VARCHAR(16)   NOT NULL,
  attempts   INT           NOT NULL DEFAULT 0,
  created_at TIMESTAMP(6)  NOT NULL,
  sent_at    TIMESTAMP(6)  NULL,
  last_error VARCHAR(1000),
  version    BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_outgoing_mail_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
