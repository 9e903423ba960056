-- Statistics: raw activity (no IP addresses, no user ids), paid orders as statistics see them, and daily roll-ups.
-- Days are Asia/Shanghai calendar days (UTC+8, no daylight saving); instants are epoch milliseconds (UTC).

-- Raw activity, written in batches by a background writer; deleted after a retention period (default 90 days).
CREATE TABLE stat_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  at_ms       BIGINT        NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  listing_id  BIGINT        NULL,
  exhibit_id  BIGINT        NULL,
  position    INT           NULL,
  lang        VARCHAR(8)    NULL,
  query       VARCHAR(200)  NULL,
  results     BIGINT        NULL,
  PRIMARY KEY (id),
  KEY ix_stat_event_at (at_ms)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per paid order with what the dashboard groups by, frozen when the payment arrived.
CREATE TABLE stat_order (
  order_id       BIGINT        NOT NULL,
  paid_at_ms     BIGINT        NOT NULL,
  day            DATE          NOT NULL,
  listing_id     BIGINT        NOT NULL,
  merchant_id    BIGINT        NOT NULL,
  track          VARCHAR(64)   NULL,
  category       VARCHAR(64)   NULL,
  origin         VARCHAR(16)   NULL,
  country        CHAR(2)       NULL,
  buyer_country  CHAR(2)       NULL,
  currency       CHAR(3)       NOT NULL,
  total_minor    BIGINT        NOT NULL,
  PRIMARY KEY (order_id),
  KEY ix_stat_order_day (day),
  KEY ix_stat_order_merchant (merchant_id, day),
  KEY ix_stat_order_listing (listing_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per listing and day: page views, search impressions, result clicks, paid orders.
CREATE TABLE stat_listing_day (
  day          DATE     NOT NULL,
  listing_id   BIGINT   NOT NULL,
  views        BIGINT   NOT NULL DEFAULT 0,
  impressions  BIGINT   NOT NULL DEFAULT 0,
  clicks       BIGINT   NOT NULL DEFAULT 0,
  PRIMARY KEY (day, listing_id),
  KEY ix_stat_listing_day_listing (listing_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per day, language and query text: searches run and how many of them found nothing.
CREATE TABLE stat_query_day (
  day         DATE          NOT NULL,
  lang        VARCHAR(8)    NOT NULL,
  query       VARCHAR(200)  NOT NULL,
  searches    BIGINT        NOT NULL,
  no_results  BIGINT        NOT NULL,
  PRIMARY KEY (day, lang, query),
  KEY ix_stat_query_day_empty (day, no_results)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per day, listing and query: clicks from a results page onto the listing (the queries that led buyers to it).
CREATE TABLE stat_listing_query_day (
  day         DATE          NOT NULL,
  listing_id  BIGINT        NOT NULL,
  lang        VARCHAR(8)    NOT NULL,
  query       VARCHAR(200)  NOT NULL,
  clicks      BIGINT        NOT NULL,
  PRIMARY KEY (day, listing_id, lang, query),
  KEY ix_stat_lq_listing (listing_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per day and exhibit: page views.
CREATE TABLE stat_exhibit_day (
  day         DATE    NOT NULL,
  exhibit_id  BIGINT  NOT NULL,
  views       BIGINT  NOT NULL,
  PRIMARY KEY (day, exhibit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Days already rolled up, and when (the pages say "updated at").
CREATE TABLE stat_rollup (
  day          DATE          NOT NULL,
  rolled_at_ms BIGINT        NOT NULL,
  events       BIGINT        NOT NULL,
  PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
