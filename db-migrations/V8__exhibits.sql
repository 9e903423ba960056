-- Exhibits: curated, scheduled, bilingual themed collections of listings and merchants (plan §9's online showcase).
-- Halls are standing exhibits, one per track (hall_track), created with the demo data and edited like any other.
-- The schedule is stored as instants (UTC) plus the zone the curator chose, so it is shown as it was entered.
CREATE TABLE exhibit (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  slug           VARCHAR(80)   NOT NULL,
  hall_track     VARCHAR(64)   NULL,
  title_en       VARCHAR(200)  NULL,
  title_zh       VARCHAR(200)  NULL,
  subtitle_en    VARCHAR(300)  NULL,
  subtitle_zh    VARCHAR(300)  NULL,
  intro_en       TEXT          NULL,
  intro_zh       TEXT          NULL,
  accent_colour  CHAR(7)       NOT NULL,
  starts_at      TIMESTAMP(6)  NULL,
  ends_at        TIMESTAMP(6)  NULL,
  time_zone      VARCHAR(64)   NOT NULL,
  priority       INT           NOT NULL DEFAULT 0,
  state          VARCHAR(16)   NOT NULL,
  banner_id      BIGINT        NULL,
  banner_width   INT           NULL,
  banner_height  INT           NULL,
  created_at     TIMESTAMP(6)  NOT NULL,
  updated_at     TIMESTAMP(6)  NOT NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_exhibit_slug (slug),
  UNIQUE KEY uk_exhibit_hall_track (hall_track),
  KEY ix_exhibit_state_start (state, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Items in the curator's order; kind LISTING or MERCHANT, target_id the listing's or merchant's id. Items that stop
-- being published stay here (the curator sees them flagged) and are filtered out of the public page when read.
CREATE TABLE exhibit_item (
  exhibit_id  BIGINT        NOT NULL,
  position    INT           NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  target_id   BIGINT        NOT NULL,
  note_en     VARCHAR(600)  NULL,
  note_zh     VARCHAR(600)  NULL,
  PRIMARY KEY (exhibit_id, position),
  CONSTRAINT fk_exhibit_item_exhibit FOREIGN KEY (exhibit_id) REFERENCES exhibit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Banner images (the checked upload re-encoded as a JPEG at most 1600 px wide); the exhibit points at its current one.
CREATE TABLE exhibit_banner (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  exhibit_id    BIGINT       NOT NULL,
  width         INT          NOT NULL,
  height        INT          NOT NULL,
  content       MEDIUMBLOB   NOT NULL,
  uploaded_at   TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_exhibit_banner_exhibit (exhibit_id),
  CONSTRAINT fk_exhibit_banner_exhibit FOREIGN KEY (exhibit_id) REFERENCES exhibit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each exhibit's change history (who changed what, when), written in the transaction of the change.
CREATE TABLE exhibit_change (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  exhibit_id  BIGINT        NOT NULL,
  changed_at  TIMESTAMP(6)  NOT NULL,
  actor       VARCHAR(255)  NOT NULL,
  action      VARCHAR(32)   NOT NULL,
  fields      VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  KEY ix_exhibit_change_exhibit (exhibit_id, changed_at),
  CONSTRAINT fk_exhibit_change_exhibit FOREIGN KEY (exhibit_id) REFERENCES exhibit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
