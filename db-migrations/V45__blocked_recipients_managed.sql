-- Compliance staff manage the blocked recipients on /compliance/blocked-recipients: who it is (name, registration
-- number), how a buyer is recognised (e-mail address, e-mail domain; an entry with neither blocks its whole
-- country), why (reason, legal basis), and deactivation with a reason instead of deletion, so the list's history stays.
ALTER TABLE compliance_blocked_recipient
  ADD COLUMN version             BIGINT       NOT NULL DEFAULT 0,
  ADD COLUMN name                VARCHAR(200) NULL,
  ADD COLUMN email_domain        VARCHAR(190) NULL,
  ADD COLUMN registration_number VARCHAR(100) NULL,
  ADD COLUMN legal_basis         VARCHAR(500) NULL,
  ADD COLUMN created_by          VARCHAR(190) NULL,
  ADD COLUMN active              BOOLEAN      NOT NULL DEFAULT TRUE,
  ADD COLUMN deactivated_at      TIMESTAMP(6) NULL,
  ADD COLUMN deactivated_by      VARCHAR(190) NULL,
  ADD COLUMN deactivation_reason VARCHAR(500) NULL,
  ADD KEY ix_compliance_blocked_recipient_active (active);
