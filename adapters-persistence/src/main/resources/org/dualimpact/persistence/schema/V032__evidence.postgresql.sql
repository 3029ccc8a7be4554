-- Impact evidence of the research hubs (kernel package evidence): what a hub found about community
-- providers and territories, its documents, and its way through review to publication.

-- One row per piece of evidence. STAGE is an EvidenceStage (DRAFT, IN_REVIEW, APPROVED, PUBLISHED,
-- WITHDRAWN); SUBMITTED_BY and APPROVED_BY are user ids (four eyes: the approver is neither AUTHOR nor
-- SUBMITTED_BY), RETURN_REASON the reason of the last return to draft; PUBLISHED_AT is set once, on
-- publication. VERSION is the optimistic lock of the whole evidence, child rows included.
CREATE TABLE EVIDENCE (
    ID            VARCHAR(40)   NOT NULL PRIMARY KEY,
    HUB_ID        VARCHAR(40)   NOT NULL REFERENCES ORGANISATION (ID),
    AUTHOR        VARCHAR(200)  NOT NULL,
    CREATED_AT    TIMESTAMP     NOT NULL,
    TITLE         VARCHAR(200)  NOT NULL,
    SUMMARY       VARCHAR(4000) NOT NULL,
    METHOD        VARCHAR(2000) NOT NULL,
    PERIOD_FROM   DATE          NOT NULL,
    PERIOD_TO     DATE          NOT NULL,
    STAGE         VARCHAR(16)   NOT NULL,
    SUBMITTED_BY  VARCHAR(200),
    APPROVED_BY   VARCHAR(200),
    RETURN_REASON VARCHAR(1000),
    PUBLISHED_AT  TIMESTAMP,
    VERSION       BIGINT        NOT NULL
);
-- a hub's own evidence, newest first; the public list, newest published first
CREATE INDEX EVIDENCE_HUB ON EVIDENCE (HUB_ID, CREATED_AT);
CREATE INDEX EVIDENCE_STAGE ON EVIDENCE (STAGE, PUBLISHED_AT);

-- The community providers a piece of evidence speaks about (registered providers).
CREATE TABLE EVIDENCE_PROVIDER (
    EVIDENCE_ID VARCHAR(40) NOT NULL REFERENCES EVIDENCE (ID),
    PROVIDER_ID VARCHAR(40) NOT NULL REFERENCES ORGANISATION (ID),
    PRIMARY KEY (EVIDENCE_ID, PROVIDER_ID)
);
CREATE INDEX EVIDENCE_PROVIDER_ORG ON EVIDENCE_PROVIDER (PROVIDER_ID);

-- The territories it speaks about (each one its hub serves).
CREATE TABLE EVIDENCE_TERRITORY (
    EVIDENCE_ID    VARCHAR(40) NOT NULL REFERENCES EVIDENCE (ID),
    TERRITORY_CODE VARCHAR(16) NOT NULL REFERENCES TERRITORY (CODE),
    PRIMARY KEY (EVIDENCE_ID, TERRITORY_CODE)
);
CREATE INDEX EVIDENCE_TERRITORY_CODE ON EVIDENCE_TERRITORY (TERRITORY_CODE);

-- The outcome codes it speaks to.
CREATE TABLE EVIDENCE_OUTCOME (
    EVIDENCE_ID  VARCHAR(40) NOT NULL REFERENCES EVIDENCE (ID),
    OUTCOME_CODE VARCHAR(40) NOT NULL,
    PRIMARY KEY (EVIDENCE_ID, OUTCOME_CODE)
);

-- The measure codes it speaks to.
CREATE TABLE EVIDENCE_MEASURE (
    EVIDENCE_ID  VARCHAR(40) NOT NULL REFERENCES EVIDENCE (ID),
    MEASURE_CODE VARCHAR(40) NOT NULL,
    PRIMARY KEY (EVIDENCE_ID, MEASURE_CODE)
);

-- The content of documents, named by its SHA-256 (lower-case hex): content-addressed, so a document
-- attached twice, to one piece of evidence or to several, is stored once. Rows are only ever added.
CREATE TABLE EVIDENCE_CONTENT (
    SHA256  CHAR(64) NOT NULL PRIMARY KEY,
    CONTENT BYTEA    NOT NULL
);

-- The documents of a piece of evidence in the order attached (POSITION from 0; at most 10): file name,
-- media type and size as attached, the content by its SHA-256.
CREATE TABLE EVIDENCE_DOCUMENT (
    EVIDENCE_ID VARCHAR(40)  NOT NULL REFERENCES EVIDENCE (ID),
    POSITION    INTEGER      NOT NULL,
    NAME        VARCHAR(200) NOT NULL,
    MEDIA_TYPE  VARCHAR(100) NOT NULL,
    SIZE_BYTES  BIGINT       NOT NULL,
    SHA256      CHAR(64)     NOT NULL REFERENCES EVIDENCE_CONTENT (SHA256),
    PRIMARY KEY (EVIDENCE_ID, POSITION)
);
