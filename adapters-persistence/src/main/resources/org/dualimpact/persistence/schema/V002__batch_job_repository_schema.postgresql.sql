-- Liberty's batch job repository keeps its tables in schema JBATCH (server.xml, databaseStore) and
-- creates the tables itself, but not the schema on PostgreSQL.
CREATE SCHEMA IF NOT EXISTS JBATCH;
