-- Where buyers reach a merchant (a QUOTE plan says "contact the merchant"): shown on the listing and merchant pages.
ALTER TABLE merchant ADD COLUMN contact_email VARCHAR(254) NULL AFTER website;

-- Existing merchants: the contact given in their approved application, else their owner's sign-in address.
UPDATE merchant m
  JOIN merchant_application a ON a.merchant_id = m.id AND a.state = 'APPROVED'
   SET m.contact_email = a.contact_email
 WHERE m.contact_email IS NULL AND a.contact_email IS NOT NULL AND a.contact_email <> '';

UPDATE merchant m
  JOIN merchant_member mm ON mm.merchant_id = m.id AND mm.role = 'OWNER'
  JOIN user_account u ON u.id = mm.user_id
   SET m.contact_email = u.email
 WHERE m.contact_email IS NULL;

-- Demo merchants (their websites are on the reserved .example domain): sales@ their demo domain, as the demo loader
-- now gives them.
UPDATE merchant
   SET contact_email = CONCAT('sales@', REGEXP_REPLACE(website, '^https?://(www\\.)?([^/]+).*$', '\\2'))
 WHERE contact_email IS NULL AND website REGEXP '^https?://[^/]+\\.example(/.*)?$';
