-- Orders know where the data goes (the buyer's destination country, asked at checkout) and whether payment waits
-- for a cross-border clearance; the payment window of a held order runs from its release.
ALTER TABLE customer_order
  ADD COLUMN destination_country CHAR(2)      NULL,
  ADD COLUMN payment_held        BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN payable_from        TIMESTAMP(6) NULL;
