-- Listing authoring: revisions of published listings, staff review comments, images and a sample file.
-- A published listing's columns stay what buyers see; a merchant's edit waits in revision_content (the whole
-- editable content as JSON) until staff approve it, so the published version stays visible meanwhile.

ALTER TABLE listing
  MODIFY personal_information BOOLEAN NULL,
  ADD COLUMN revision_state   VARCHAR(16)  NULL,
  ADD COLUMN revision_content MEDIUMTEXT   NULL,
  ADD COLUMN review_comment   VARCHAR(2000) NULL,
  ADD COLUMN image_ids        VARCHAR(200) NULL,
  ADD COLUMN sample_file_id   BIGINT       NULL,
  ADD COLUMN submitted_at     TIMESTAMP(6) NULL,
  ADD KEY ix_listing_review (status, revision_state, submitted_at);

-- Uploaded images and samples of a listing. Bytes live in the database like onboarding documents (see V4): one
-- backup, no shared folder between app nodes. Which files a listing shows is in listing.image_ids /
-- sample_file_id (or in its pending revision), so an upload never changes what buyers see before review.
CREATE TABLE listing_file (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  listing_id   BIGINT       NOT NULL,
  kind         VARCHAR(16)  NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  content_type VARCHAR(60)  NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  width        INT          NULL,
  height       INT          NULL,
  uploaded_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_listing_file_listing (listing_id),
  CONSTRAINT fk_listing_file_listing FOREIGN KEY (listing_id) REFERENCES listing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE listing_file_content (
  file_id   BIGINT     NOT NULL,
  content   LONGBLOB   NOT NULL,
  thumbnail MEDIUMBLOB NULL,
  PRIMARY KEY (file_id),
  CONSTRAINT fk_listing_file_content FOREIGN KEY (file_id) REFERENCES listing_file (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
