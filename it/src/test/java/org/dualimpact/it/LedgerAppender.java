package org.dualimpact.it;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.dualimpact.kernel.ledger.PendingEntry;
import org.dualimpact.ledger.store.JdbcContributionLedger;
import org.dualimpact.persistence.schema.SchemaMigrations;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A separate JVM that appends to the ledger as fast as it can, one transaction per entry, and prints
 * {@code ack <seq>} after each commit — what a server answers a client. Used by
 * {@link LedgerProcessesTest} to kill a writer mid-flight and to run two writers on one database.
 *
 * <pre>LedgerAppender derby &lt;dir&gt; &lt;name&gt; &lt;count&gt; | postgresql &lt;url&gt; &lt;schema&gt; &lt;name&gt; &lt;count&gt;</pre>
 */
public final class LedgerAppender {

    private LedgerAppender() {
    }

    public static void main(String[] args) throws Exception {
        DataSource dataSource;
        String name;
        int count;
        if (args[0].equals("derby")) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName(args[1]);
            derby.setCreateDatabase("create");
            derby.setUser("dualimpact");
            dataSource = derby;
            name = args[2];
            count = Integer.parseInt(args[3]);
        } else {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(args[1]);
            pg.setUser(System.getenv("DI_IT_PG_USER"));
            pg.setPassword(System.getenv("DI_IT_PG_PASSWORD"));
            pg.setCurrentSchema(args[2]);
            dataSource = pg;
            name = args[3];
            count = Integer.parseInt(args[4]);
        }
        new SchemaMigrations(dataSource).migrate();
        TransactionPerAppend tx = new TransactionPerAppend(dataSource);
        JdbcContributionLedger ledger = new JdbcContributionLedger(tx.dataSource());
        org.dualimpact.kernel.ledger.LedgerAppender appender = new org.dualimpact.kernel.ledger.LedgerAppender(ledger,
                Clock.systemUTC());
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; i < count; i++) {
            tx.begin();
            long seq = appender.appendAll(List.of(new PendingEntry(Contributions.volunteering(i + 1),
                    "SPO-TVP-2026-000042-E", "GB-COH-09000001", name, Map.of()))).get(0).sequence();
            tx.commit();
            System.out.println("ack " + seq);
            System.out.flush();
        }
        tx.close();
        System.out.println("done");
    }
}
