-- Issue 17: the licence policy an order was bought under (licence_policy.uid), set in the transaction that places
-- the order. Orders placed before this migration have none and keep their frozen free-text licence.
ALTER TABLE customer_order
  ADD COLUMN licence_policy_uid CHAR(64) NULL AFTER licence_zh;
