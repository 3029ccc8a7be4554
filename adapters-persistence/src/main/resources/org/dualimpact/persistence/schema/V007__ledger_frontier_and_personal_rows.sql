-- The chain head keeps the tree's right frontier (the hashes of the complete subtrees the tree is
-- made of, hex, comma-separated, left to right), so an append reads no stored node: NULL until the
-- first append after this migration, which computes it once from the stored subtrees.
ALTER TABLE LEDGER_HEAD ADD COLUMN FRONTIER VARCHAR(4200);

-- Personal data, one row per entry (all its fields: salt and clear text per field, as a JSON
-- object). Erasable: deleting the row is the crypto-shredding. Rows written before this migration
-- stay in LEDGER_PERSONAL (one row per field) and are read and erased from there.
CREATE TABLE LEDGER_PERSONAL_FIELDS (
    SEQ    BIGINT         NOT NULL PRIMARY KEY,
    FIELDS VARCHAR(16000) NOT NULL
);
