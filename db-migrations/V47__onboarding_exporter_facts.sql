-- The cross-border facts an applicant declares during onboarding (optional section of the self-assessment step):
-- critical-information-infrastructure operator, registered in the free-trade zone, sector, and the people whose
-- personal information it already sent abroad this calendar year outside DataPort (exporter_facts_year). On approval
-- the compliance module copies them into compliance_merchant_facts, verified by the approving officer.
ALTER TABLE merchant_application
  ADD COLUMN cii_operator           BOOLEAN     NULL,
  ADD COLUMN in_free_trade_zone     BOOLEAN     NULL,
  ADD COLUMN sector                 VARCHAR(40) NULL,
  ADD COLUMN abroad_non_sensitive   BIGINT      NULL,
  ADD COLUMN abroad_sensitive       BIGINT      NULL,
  ADD COLUMN exporter_facts_year    INT         NULL;
