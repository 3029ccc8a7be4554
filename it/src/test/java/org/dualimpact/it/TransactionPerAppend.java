package org.dualimpact.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Outside Liberty there is no JTA to share one connection across a unit of work. This wraps a
 * datasource so that, between {@link #begin()} and {@link #commit()}, every {@code getConnection()}
 * of the calling thread returns the same physical connection in one transaction — as the application
 * server does for the ledger store. Threads using it append concurrently like separate servers would:
 * only the database orders them.
 */
final class TransactionPerAppend {

    private final DataSource target;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /** One physical connection per thread, reused across its transactions, as a pool would. */
    private final ThreadLocal<Connection> pooled = new ThreadLocal<>();

    TransactionPerAppend(DataSource target) {
        this.target = target;
    }

    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        Connection c = current.get();
                        if (c == null) {
                            throw new IllegalStateException("no transaction on this thread");
                        }
                        return unclosable(c);
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    void begin() throws SQLException {
        Connection c = pooled.get();
        if (c == null || c.isClosed()) {
            c = target.getConnection();
            c.setAutoCommit(false);
            pooled.set(c);
        }
        current.set(c);
    }

    void commit() throws SQLException {
        try {
            current.get().commit();
        } finally {
            current.remove();
        }
    }

    void rollback() {
        try {
            current.get().rollback();
        } catch (SQLException | RuntimeException e) {
            close(); // a broken connection is not reused
        } finally {
            current.remove();
        }
    }

    /** Closes this thread's pooled connection. */
    void close() {
        Connection c = pooled.get();
        pooled.remove();
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    private static Connection unclosable(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
