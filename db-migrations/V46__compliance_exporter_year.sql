-- The people each exporter sent abroad through DataPort per calendar year, one row per exporter and year, created on
-- demand. Routing locks the row (SELECT ... FOR UPDATE) before reading the totals and adds the routed line in the
-- same transaction, so two simultaneous orders of one exporter are routed one after the other and the second sees the
-- first's people. A locking read sees the latest committed totals even under REPEATABLE READ, which a sum over
-- compliance_routing in an older snapshot would not. Lines that stop counting (refused, cancelled) are subtracted.
CREATE TABLE compliance_exporter_year (
  merchant_id   BIGINT NOT NULL,
  routed_year   INT    NOT NULL,
  people_non_sensitive BIGINT NOT NULL DEFAULT 0,
  people_sensitive     BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (merchant_id, routed_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO compliance_exporter_year (merchant_id, routed_year, people_non_sensitive, people_sensitive)
SELECT merchant_id,
       routed_year,
       COALESCE(SUM(CASE WHEN personal_info = 'NON_SENSITIVE' THEN individuals END), 0),
       COALESCE(SUM(CASE WHEN personal_info = 'SENSITIVE' THEN individuals END), 0)
FROM compliance_routing
WHERE counts_to_total = TRUE
GROUP BY merchant_id, routed_year;

-- Held orders that are never cleared: the sweep (HeldOrderSweep) cancels an order still held for review when its
-- assessment was refused, its approval expired, or it was not (re)filed in time, and notes when and why here; a row
-- whose hold ended otherwise (paid, released, cancelled) is closed without a reason, so the sweep skips it next time.
ALTER TABLE compliance_routing
  ADD COLUMN hold_closed_at   TIMESTAMP(6) NULL,
  ADD COLUMN hold_cancelled   VARCHAR(32)  NULL,
  ADD KEY ix_compliance_routing_open_holds (outcome, hold_closed_at, routed_at);
