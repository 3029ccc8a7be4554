-- PostgreSQL guards: row triggers refuse UPDATE and DELETE, statement triggers refuse TRUNCATE (row
-- triggers do not fire on TRUNCATE), on every append-only table, for every role including the owner;
-- and the application's own role gives up those privileges. A superuser can still disable triggers:
-- that is what the offline verifier is for.
CREATE OR REPLACE FUNCTION dual_impact_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON LEDGER_ENTRY FOR EACH ROW EXECUTE FUNCTION dual_impact_append_only();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON LEDGER_ENTRY FOR EACH STATEMENT EXECUTE FUNCTION dual_impact_append_only();
CREATE TRIGGER ledger_node_append_only BEFORE UPDATE OR DELETE ON LEDGER_NODE FOR EACH ROW EXECUTE FUNCTION dual_impact_append_only();
CREATE TRIGGER ledger_node_no_truncate BEFORE TRUNCATE ON LEDGER_NODE FOR EACH STATEMENT EXECUTE FUNCTION dual_impact_append_only();
CREATE TRIGGER tree_head_append_only BEFORE UPDATE OR DELETE ON TREE_HEAD FOR EACH ROW EXECUTE FUNCTION dual_impact_append_only();
CREATE TRIGGER tree_head_no_truncate BEFORE TRUNCATE ON TREE_HEAD FOR EACH STATEMENT EXECUTE FUNCTION dual_impact_append_only();
CREATE TRIGGER audit_journal_append_only BEFORE UPDATE OR DELETE ON AUDIT_JOURNAL FOR EACH ROW EXECUTE FUNCTION dual_impact_append_only();
CREATE TRIGGER audit_journal_no_truncate BEFORE TRUNCATE ON AUDIT_JOURNAL FOR EACH STATEMENT EXECUTE FUNCTION dual_impact_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON LEDGER_ENTRY, LEDGER_NODE, TREE_HEAD, AUDIT_JOURNAL FROM CURRENT_USER;
