-- The code printed on a contracted agreement's document, needed with its reference to verify it
-- (GET /api/v1/agreements/{ref}/verification?code=). Agreements contracted before this migration get
-- one now: 16 decimal digits from Derby's RANDOM(), which is not a strong random source (Derby is
-- the development and demonstration database; production runs PostgreSQL, whose variant is strong).
ALTER TABLE SPO ADD COLUMN CONTRACT_VERIFICATION_CODE VARCHAR(16);
UPDATE SPO SET CONTRACT_VERIFICATION_CODE = SUBSTR(CHAR(BIGINT(RANDOM() * 1.0E16) + 10000000000000000), 2, 16)
    WHERE CONTRACT_REF IS NOT NULL;
