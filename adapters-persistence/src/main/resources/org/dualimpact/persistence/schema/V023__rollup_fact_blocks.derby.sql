-- The fact index in blocks: ROLLUP_FACT_BLOCK holds, for each write of the index step (a range of ledger
-- entries RANGE_FROM <= seq < RANGE_TO) and each slice (territory, month) it touches, one row with the
-- text of that slice's facts (FactBlock). It replaces ROLLUP_FACT, one row per ledger entry, whose write
-- and slice index cost a first run most of its time: at 1,000,000 entries about 150,000 rows instead of a
-- million, and no slice index to build after a bulk load (the primary key serves a slice's reads).
-- Ranges of the rows never overlap; a write replaces the rows of its range (JdbcRollupStore.index).
-- ROLLUP_FACT held facts derived from the append-only ledger only, so it is dropped, and the index
-- position goes back to 0: the next run indexes the whole ledger again, into blocks. Runs planned
-- before this migration are forgotten (their restart is refused: "No kpi-rollup run was planned"),
-- because a restart would resume an index step from a position that no longer exists.
CREATE TABLE ROLLUP_FACT_BLOCK (
    TERRITORY_CODE VARCHAR(16) NOT NULL,
    PERIOD         CHAR(7)     NOT NULL,
    RANGE_FROM     BIGINT      NOT NULL,
    RANGE_TO       BIGINT      NOT NULL,
    FACT_COUNT     INTEGER     NOT NULL,
    FACTS          CLOB        NOT NULL,
    PRIMARY KEY (TERRITORY_CODE, PERIOD, RANGE_FROM),
    CHECK (RANGE_FROM < RANGE_TO AND FACT_COUNT > 0)
);
CREATE INDEX ROLLUP_FACT_BLOCK_RANGE ON ROLLUP_FACT_BLOCK (RANGE_FROM);
DROP TABLE ROLLUP_FACT;
UPDATE ROLLUP_STATE SET INDEXED_TO = 0 WHERE ID = 1;
DELETE FROM ROLLUP_RUN_SLICE;
DELETE FROM ROLLUP_RUN;
