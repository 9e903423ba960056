-- Onboarding: a merchant's application (organisation, self-assessment, terms), its documents and the review.
-- Documents live in the database, in their own table (LONGBLOB), so an upload commits or rolls back together with
-- the application, backups hold everything, and stateless app nodes share no folder. 10 MB per file stays under
-- MariaDB's default max_allowed_packet (16 MB).

CREATE TABLE merchant_application (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  applicant_id          BIGINT        NOT NULL,
  applicant_email       VARCHAR(320)  NOT NULL,
  applicant_locale      VARCHAR(16)   NOT NULL,
  state                 VARCHAR(24)   NOT NULL,
  step                  VARCHAR(24)   NOT NULL,
  origin                VARCHAR(16),
  country_code          CHAR(2),
  legal_name_zh         VARCHAR(200),
  legal_name_en         VARCHAR(200),
  registration_number   VARCHAR(40),
  website               VARCHAR(300),
  contact_name          VARCHAR(120),
  contact_email         VARCHAR(320),
  contact_phone         VARCHAR(40),
  data_categories       VARCHAR(500),
  classification        VARCHAR(16),
  personal_information  BOOLEAN,
  data_subjects         BIGINT,
  sensitive_pi          BOOLEAN,
  cross_border          VARCHAR(16),
  destination_countries VARCHAR(800),
  data_description      VARCHAR(2000),
  terms_accepted_at     TIMESTAMP(6)  NULL,
  reviewer_id           BIGINT,
  decision_reason       VARCHAR(2000),
  merchant_id           BIGINT,
  created_at            TIMESTAMP(6)  NOT NULL,
  submitted_at          TIMESTAMP(6)  NULL,
  decided_at            TIMESTAMP(6)  NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_merchant_application_applicant (applicant_id),
  KEY ix_merchant_application_queue (state, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reviewer's comments on specific fields when changes are requested (field key -> comment).
CREATE TABLE merchant_application_comment (
  application_id BIGINT        NOT NULL,
  field          VARCHAR(40)   NOT NULL,
  comment        VARCHAR(1000) NOT NULL,
  PRIMARY KEY (application_id, field),
  CONSTRAINT fk_application_comment FOREIGN KEY (application_id) REFERENCES merchant_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE merchant_application_document (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  application_id BIGINT       NOT NULL,
  kind           VARCHAR(32)  NOT NULL,
  file_name      VARCHAR(255) NOT NULL,
  content_type   VARCHAR(40)  NOT NULL,
  size_bytes     BIGINT       NOT NULL,
  sha256         CHAR(64)     NOT NULL,
  uploaded_at    TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_application_document (application_id),
  CONSTRAINT fk_application_document FOREIGN KEY (application_id) REFERENCES merchant_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bytes apart from the metadata, so listing documents never loads them.
CREATE TABLE merchant_application_document_content (
  document_id BIGINT   NOT NULL,
  content     LONGBLOB NOT NULL,
  PRIMARY KEY (document_id),
  CONSTRAINT fk_document_content FOREIGN KEY (document_id) REFERENCES merchant_application_document (id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
