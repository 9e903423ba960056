-- Statistics, part two: cross-border decisions as statistics see them (stored from the compliance and evidence
-- modules' events, one row per decision, so a redelivered event changes nothing), their daily roll-up, and monthly
-- roll-ups of paid orders and searches (the dashboard's periods are whole months; a year of orders or queries is
-- read from a few thousand monthly rows instead of every order). Days are Asia/Shanghai days.

-- One row per order routed abroad: the listing's data grade and the rules' outcome.
CREATE TABLE stat_routing (
  order_id        BIGINT        NOT NULL,
  routed_at_ms    BIGINT        NOT NULL,
  day             DATE          NOT NULL,
  classification  VARCHAR(16)   NOT NULL,
  outcome         VARCHAR(16)   NOT NULL,
  PRIMARY KEY (order_id),
  KEY ix_stat_routing_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per decision on a pre-transfer assessment (an assessment may be sent back and decided again).
CREATE TABLE stat_assessment (
  assessment_id       BIGINT        NOT NULL,
  decided_at_ms       BIGINT        NOT NULL,
  day                 DATE          NOT NULL,
  decision            VARCHAR(20)   NOT NULL,
  turnaround_minutes  BIGINT        NULL,
  PRIMARY KEY (assessment_id, decided_at_ms),
  KEY ix_stat_assessment_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per closed spot-check case: the trade's data grade and the finding.
CREATE TABLE stat_spot_check (
  case_id         BIGINT        NOT NULL,
  closed_at_ms    BIGINT        NOT NULL,
  day             DATE          NOT NULL,
  classification  VARCHAR(16)   NOT NULL,
  finding         VARCHAR(16)   NOT NULL,
  PRIMARY KEY (case_id),
  KEY ix_stat_spot_check_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per day: the three cross-border figures (chart ROUTING: classification x outcome; TURNAROUND: band x decision;
-- SPOT_CHECK: classification x finding).
CREATE TABLE stat_cross_border_day (
  day     DATE          NOT NULL,
  chart   VARCHAR(16)   NOT NULL,
  k1      VARCHAR(20)   NOT NULL,
  k2      VARCHAR(20)   NOT NULL,
  n       BIGINT        NOT NULL,
  PRIMARY KEY (day, chart, k1, k2)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per month (its first day) and every dimension the dashboard groups or filters by: paid orders and their value.
-- Unknown values are '' so they can be part of the key.
CREATE TABLE stat_trade_month (
  month          DATE          NOT NULL,
  track          VARCHAR(64)   NOT NULL,
  category       VARCHAR(64)   NOT NULL,
  origin         VARCHAR(16)   NOT NULL,
  country        CHAR(2)       NOT NULL,
  buyer_country  CHAR(2)       NOT NULL,
  currency       CHAR(3)       NOT NULL,
  orders         BIGINT        NOT NULL,
  total_minor    BIGINT        NOT NULL,
  PRIMARY KEY (month, track, category, origin, country, buyer_country, currency)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per month, language and query text: searches and how many found nothing (kept in step with stat_query_day).
CREATE TABLE stat_query_month (
  month       DATE          NOT NULL,
  lang        VARCHAR(8)    NOT NULL,
  query       VARCHAR(200)  NOT NULL,
  searches    BIGINT        NOT NULL,
  no_results  BIGINT        NOT NULL,
  PRIMARY KEY (month, lang, query),
  KEY ix_stat_query_month_empty (month, no_results)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Existing paid orders and searches, so the monthly tables start complete.
INSERT INTO stat_trade_month (month, track, category, origin, country, buyer_country, currency, orders, total_minor)
SELECT DATE_FORMAT(day, '%Y-%m-01'), COALESCE(track, ''), COALESCE(category, ''), COALESCE(origin, ''),
       COALESCE(country, ''), COALESCE(buyer_country, ''), currency, COUNT(*), SUM(total_minor)
FROM stat_order GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO stat_query_month (month, lang, query, searches, no_results)
SELECT DATE_FORMAT(day, '%Y-%m-01'), lang, query, SUM(searches), SUM(no_results)
FROM stat_query_day GROUP BY 1, 2, 3;
