package org.dualimpact.it;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for a store test: an embedded Derby database under target/, or a PostgreSQL schema
 * of its own (when DI_IT_PG_URL is set; dropped afterwards).
 */
final class StoreTestDatabases {

    interface Exercise {
        void on(DataSource db) throws Exception;
    }

    private StoreTestDatabases() {
    }

    /** Runs the exercise on a new Derby database named {@code name}-(random). */
    static void derby(String name, Exercise exercise) throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("target/" + name + "-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        derby.setUser("dualimpact");
        exercise.on(derby);
    }

    /** Runs the exercise in a new PostgreSQL schema {@code name}_(random), or says why not when DI_IT_PG_URL is not set. */
    static void postgresql(String name, Exercise exercise) throws Exception {
        String url = System.getenv("DI_IT_PG_URL");
        if (url == null) {
            System.out.println(name + ": DI_IT_PG_URL not set, PostgreSQL part not run (.ci/run sets it)");
            return;
        }
        String schema = name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = LedgerStoreTest.pg(url, null);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            exercise.on(LedgerStoreTest.pg(url, schema));
        } finally {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
