-- The batch schedule's guards, shared by every server on the database. BATCH_LEASE: one row per job;
-- an execution holds it while it runs (claimed with a conditional UPDATE, so two servers can never both
-- hold it) and a job already running is not started again. BATCH_FIRING: one row per scheduled firing
-- (job, fire time) — the primary key lets exactly one server act on each tick of the schedule.
CREATE TABLE BATCH_LEASE (
    JOB_NAME    VARCHAR(60)  NOT NULL PRIMARY KEY,
    HOLDER      VARCHAR(200),
    INSTANCE_ID BIGINT,
    CLAIMED_AT  TIMESTAMP,
    EXPIRES_AT  TIMESTAMP
);
INSERT INTO BATCH_LEASE (JOB_NAME) VALUES ('kpi-rollup');
INSERT INTO BATCH_LEASE (JOB_NAME) VALUES ('spo-expiry');
INSERT INTO BATCH_LEASE (JOB_NAME) VALUES ('ledger-checkpoint');

CREATE TABLE BATCH_FIRING (
    JOB_NAME    VARCHAR(60)  NOT NULL,
    FIRE_TIME   TIMESTAMP    NOT NULL,
    SERVER_NAME VARCHAR(200) NOT NULL,
    CLAIMED_AT  TIMESTAMP    NOT NULL,
    OUTCOME     VARCHAR(400) NOT NULL,
    PRIMARY KEY (JOB_NAME, FIRE_TIME)
);
