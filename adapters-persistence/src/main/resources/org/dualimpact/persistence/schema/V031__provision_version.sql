-- The optimistic lock of a provision, now that its provider can edit it: every stored change
-- increments VERSION, and an edit from an older version is refused.
ALTER TABLE PROVISION ADD COLUMN VERSION BIGINT NOT NULL DEFAULT 1;
