-- The development outbox: mail kept instead of sent while no SMTP server is configured (embedded
-- default), numbered in the order kept and read newest first by a platform admin.
CREATE TABLE MAIL_OUTBOX (
    ID        BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    KEPT_AT   TIMESTAMP     NOT NULL,
    RECIPIENT VARCHAR(400)  NOT NULL,
    SUBJECT   VARCHAR(2000) NOT NULL,
    BODY      TEXT          NOT NULL
);
