-- Identity (issue 16): the users the product has seen, their memberships, invitations and join requests.
-- APP_USER: one row per issuer + subject; the ID is pseudonymous (usr- + 26 random base32), never derived
-- from personal data. Erasure nulls NAME and EMAIL and sets ERASED; the row stays so the journal's and the
-- ledger's user ids keep naming the same (now anonymous) user. No passwords: providers hold credentials.
CREATE TABLE APP_USER (
    ID      VARCHAR(30)  NOT NULL PRIMARY KEY,
    ISSUER  VARCHAR(500) NOT NULL,
    SUBJECT VARCHAR(500) NOT NULL,
    NAME    VARCHAR(500),
    EMAIL   VARCHAR(500),
    ERASED  SMALLINT     NOT NULL,
    CONSTRAINT APP_USER_ISSUER_SUBJECT UNIQUE (ISSUER, SUBJECT)
);

-- A user acting for an organisation with roles; ORGANISATION_ID '*' is the platform (admin, auditor, ...).
-- ROLES: role claims, comma-separated. Read by user on every request (the primary key's prefix).
CREATE TABLE MEMBERSHIP (
    USER_ID         VARCHAR(30)  NOT NULL,
    ORGANISATION_ID VARCHAR(40)  NOT NULL,
    ROLES           VARCHAR(200) NOT NULL,
    KIND            VARCHAR(8)   NOT NULL,
    PRIMARY KEY (USER_ID, ORGANISATION_ID)
);
CREATE INDEX MEMBERSHIP_ORGANISATION ON MEMBERSHIP (ORGANISATION_ID);

-- The token of an invitation is never stored, only its SHA-256 (hex).
CREATE TABLE INVITATION (
    ID              VARCHAR(30)  NOT NULL PRIMARY KEY,
    ORGANISATION_ID VARCHAR(40)  NOT NULL,
    EMAIL           VARCHAR(254) NOT NULL,
    ROLES           VARCHAR(200) NOT NULL,
    TOKEN_HASH      CHAR(64)     NOT NULL,
    INVITED_BY      VARCHAR(200) NOT NULL,
    CREATED_AT      TIMESTAMP    NOT NULL,
    EXPIRES_AT      TIMESTAMP    NOT NULL,
    STATE           VARCHAR(16)  NOT NULL,
    ACCEPTED_BY     VARCHAR(30),
    CONSTRAINT INVITATION_TOKEN_HASH UNIQUE (TOKEN_HASH)
);
CREATE INDEX INVITATION_ORGANISATION ON INVITATION (ORGANISATION_ID, CREATED_AT);

CREATE TABLE JOIN_REQUEST (
    ID                VARCHAR(30)  NOT NULL PRIMARY KEY,
    APPLICANT         VARCHAR(30)  NOT NULL,
    ORGANISATION_NAME VARCHAR(200) NOT NULL,
    KIND              VARCHAR(16)  NOT NULL,
    REGISTER_ID       VARCHAR(40)  NOT NULL,
    TERRITORY_CODE    VARCHAR(16)  NOT NULL,
    CONTACT_EMAIL     VARCHAR(254) NOT NULL,
    SUBMITTED_AT      TIMESTAMP    NOT NULL,
    STATE             VARCHAR(16)  NOT NULL,
    REASON            VARCHAR(500),
    DECIDED_BY        VARCHAR(200),
    DECIDED_AT        TIMESTAMP
);
CREATE INDEX JOIN_REQUEST_PENDING ON JOIN_REQUEST (STATE, TERRITORY_CODE, SUBMITTED_AT);
CREATE INDEX JOIN_REQUEST_REGISTER ON JOIN_REQUEST (REGISTER_ID, STATE);
