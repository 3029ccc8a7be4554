package org.dualimpact.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dualimpact.persistence.schema.SchemaMigrations.Database;
import org.dualimpact.persistence.schema.SchemaMigrations.Migration;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    @Test
    void splitsOnSemicolonsAtLineEndsAndDropsComments() {
        List<String> statements = SchemaMigrations.statements("""
                -- a comment
                CREATE TABLE A (X INT);

                CREATE TABLE B (
                    Y INT
                );
                """);

        assertEquals(List.of("CREATE TABLE A (X INT)", "CREATE TABLE B (\n    Y INT\n)"), statements);
    }

    @Test
    void keepsDollarQuotedBodiesWhole() {
        List<String> statements = SchemaMigrations.statements("""
                CREATE FUNCTION refuse() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION 'append-only';
                END;
                $$ LANGUAGE plpgsql;
                SELECT 1;
                """);

        assertEquals(2, statements.size());
        assertTrue(statements.get(0).contains("END;"), statements.get(0));
        assertTrue(statements.get(0).endsWith("LANGUAGE plpgsql"), statements.get(0));
    }

    @Test
    void aStatementWithoutTerminatorIsRefused() {
        assertThrows(IllegalStateException.class, () -> SchemaMigrations.statements("CREATE TABLE A (X INT)\n"));
    }

    @Test
    void shippedMigrationsAreNumberedInIncreasingOrderForBothDatabases() {
        for (Database database : Database.values()) {
            List<Migration> migrations = SchemaMigrations.load(database);
            assertFalse(migrations.isEmpty());
            assertEquals(1, migrations.get(0).version());
            for (int i = 0; i < migrations.size(); i++) {
                assertTrue(i == 0 || migrations.get(i).version() > migrations.get(i - 1).version());
                assertEquals(64, migrations.get(i).checksum().length());
            }
        }
        List<Migration> postgresql = SchemaMigrations.load(Database.POSTGRESQL);
        assertEquals(postgresql.get(postgresql.size() - 1).version(), SchemaMigrations.expectedVersion());
    }
}
