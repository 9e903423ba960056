-- A whitelist entry's scope in English and Simplified Chinese, like every other text a reader sees; at least one.
ALTER TABLE whitelist_entry
  CHANGE COLUMN scope scope_en VARCHAR(1000) NULL,
  ADD COLUMN scope_zh VARCHAR(1000) NULL AFTER scope_en;

-- Existing scopes written as "English (中文)": the bracketed part goes to Chinese when it holds non-ASCII characters
-- (CHAR_LENGTH below LENGTH: a multibyte character); anything else stays English only.
UPDATE whitelist_entry
   SET scope_zh = SUBSTRING(SUBSTRING_INDEX(scope_en, ' (', -1), 1,
                            CHAR_LENGTH(SUBSTRING_INDEX(scope_en, ' (', -1)) - 1),
       scope_en = TRIM(LEFT(scope_en, CHAR_LENGTH(scope_en) - CHAR_LENGTH(SUBSTRING_INDEX(scope_en, ' (', -1)) - 2))
 WHERE scope_en LIKE '_% (%)'
   AND CHAR_LENGTH(SUBSTRING_INDEX(scope_en, ' (', -1)) < LENGTH(SUBSTRING_INDEX(scope_en, ' (', -1));

-- A scope written only in Chinese stays Chinese-only (no English part to keep).
UPDATE whitelist_entry
   SET scope_zh = scope_en, scope_en = NULL
 WHERE scope_zh IS NULL AND CHAR_LENGTH(scope_en) < LENGTH(scope_en) AND scope_en NOT REGEXP '[A-Za-z]';

ALTER TABLE whitelist_entry
  ADD CONSTRAINT ck_whitelist_entry_scope CHECK (scope_en IS NOT NULL OR scope_zh IS NOT NULL);
