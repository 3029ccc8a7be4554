-- The code printed on a contracted agreement's document, needed with its reference to verify it
-- (GET /api/v1/agreements/{ref}/verification?code=). Agreements contracted before this migration get
-- one now: 16 hex digits from gen_random_uuid() (a strong random source), a subset of the code's
-- Crockford Base32 alphabet.
ALTER TABLE SPO ADD COLUMN CONTRACT_VERIFICATION_CODE VARCHAR(16);
UPDATE SPO SET CONTRACT_VERIFICATION_CODE = UPPER(SUBSTR(MD5(gen_random_uuid()::text), 1, 16))
    WHERE CONTRACT_REF IS NOT NULL;
