package org.dualimpact.batch.lease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The database guard that keeps a job from running twice at once, across every server sharing the
 * database: table {@code BATCH_LEASE} (migration V021) holds one row per job, claimed by a conditional
 * UPDATE — the database serialises competing claims on the row, so exactly one wins. A lease names the
 * job instance holding it (a restart of that instance takes it back) and expires, so a server that died
 * without releasing it cannot block the job for ever. Every method commits on its own.
 */
@ApplicationScoped
public class BatchLeases {

    @Resource(lookup = "jdbc/dualimpact")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** Who holds a job's lease, and until when. */
    public record Lease(String job, String holder, Long instance, Instant claimedAt, Instant expiresAt) {
        public boolean heldAt(Instant now) {
            return instance != null && expiresAt != null && expiresAt.isAfter(now);
        }
    }

    /**
     * Claims the job's lease for an instance: succeeds when it is free, expired, already the instance's,
     * or {@code takeOver} (the caller checked the holder has ended). @return true when claimed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, long instance, String holder, Duration ttl, boolean takeOver) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            ensureRow(c, job);
            try (PreparedStatement claim = c.prepareStatement("UPDATE BATCH_LEASE SET HOLDER = ?, INSTANCE_ID = ?, "
                    + "CLAIMED_AT = ?, EXPIRES_AT = ? WHERE JOB_NAME = ? AND (INSTANCE_ID IS NULL OR INSTANCE_ID = ? "
                    + "OR EXPIRES_AT < ? OR ? = 1)")) {
                claim.setString(1, holder.length() > 200 ? holder.substring(0, 200) : holder);
                claim.setLong(2, instance);
                claim.setTimestamp(3, Timestamp.from(now));
                claim.setTimestamp(4, Timestamp.from(now.plus(ttl)));
                claim.setString(5, job);
                claim.setLong(6, instance);
                claim.setTimestamp(7, Timestamp.from(now));
                claim.setInt(8, takeOver ? 1 : 0);
                return claim.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim the lease of " + job + ": " + e.getMessage(), e);
        }
    }

    /**
     * Claims a free (or expired) lease for a scheduled firing before its job is submitted, so nothing can
     * start in between; the submitted execution takes it over with {@link #claimFromFiring}. The lease
     * names no instance yet (INSTANCE_ID -1). @return true when claimed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimForFiring(String job, String token, Duration ttl) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            ensureRow(c, job);
            try (PreparedStatement claim = c.prepareStatement("UPDATE BATCH_LEASE SET HOLDER = ?, INSTANCE_ID = -1, "
                    + "CLAIMED_AT = ?, EXPIRES_AT = ? WHERE JOB_NAME = ? AND (INSTANCE_ID IS NULL OR EXPIRES_AT < ?)")) {
                claim.setString(1, token);
                claim.setTimestamp(2, Timestamp.from(now));
                claim.setTimestamp(3, Timestamp.from(now.plus(ttl)));
                claim.setString(4, job);
                claim.setTimestamp(5, Timestamp.from(now));
                return claim.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim the lease of " + job + ": " + e.getMessage(), e);
        }
    }

    /** The execution a firing submitted takes the lease the firing claimed for it. @return true when taken */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimFromFiring(String job, String token, long instance, String holder, Duration ttl) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection();
             PreparedStatement claim = c.prepareStatement("UPDATE BATCH_LEASE SET HOLDER = ?, INSTANCE_ID = ?, CLAIMED_AT = ?, "
                     + "EXPIRES_AT = ? WHERE JOB_NAME = ? AND HOLDER = ? AND INSTANCE_ID = -1")) {
            claim.setString(1, holder.length() > 200 ? holder.substring(0, 200) : holder);
            claim.setLong(2, instance);
            claim.setTimestamp(3, Timestamp.from(now));
            claim.setTimestamp(4, Timestamp.from(now.plus(ttl)));
            claim.setString(5, job);
            claim.setString(6, token);
            return claim.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take over the lease of " + job + ": " + e.getMessage(), e);
        }
    }

    /** Gives back a firing's lease when its submission failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void releaseFiring(String job, String token) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement release = c.prepareStatement("UPDATE BATCH_LEASE SET HOLDER = NULL, INSTANCE_ID = NULL, "
                     + "CLAIMED_AT = NULL, EXPIRES_AT = NULL WHERE JOB_NAME = ? AND HOLDER = ? AND INSTANCE_ID = -1")) {
            release.setString(1, job);
            release.setString(2, token);
            release.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives back the firing leases this server claimed before {@code before} (the start of its JVM) and
     * never handed to an execution: called when the schedule starts. A firing of an earlier life of this
     * server cannot be in flight any more — the server was stopped or killed between claiming the lease
     * and starting the job, and the lease would otherwise block the job until it expires. A firing's holder
     * is its token, which ends with {@code " on " + server} (server name and host). @return the jobs released
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> releaseFiringsOf(String server, Instant before) {
        List<String[]> stale = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement select = c.prepareStatement("SELECT JOB_NAME, HOLDER FROM BATCH_LEASE WHERE INSTANCE_ID = -1 "
                    + "AND CLAIMED_AT < ?")) {
                select.setTimestamp(1, Timestamp.from(before));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String holder = rows.getString(2);
                        if (holder != null && holder.endsWith(" on " + server)) {
                            stale.add(new String[] {rows.getString(1), holder});
                        }
                    }
                }
            }
            List<String> released = new ArrayList<>();
            try (PreparedStatement release = c.prepareStatement("UPDATE BATCH_LEASE SET HOLDER = NULL, INSTANCE_ID = NULL, "
                    + "CLAIMED_AT = NULL, EXPIRES_AT = NULL WHERE JOB_NAME = ? AND HOLDER = ? AND INSTANCE_ID = -1 AND CLAIMED_AT < ?")) {
                for (String[] lease : stale) {
                    release.setTimestamp(3, Timestamp.from(before));
                    release.setString(1, lease[0]);
                    release.setString(2, lease[1]);
                    if (release.executeUpdate() == 1) {
                        released.add(lease[0]);
                    }
                }
            }
            return released;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the firing leases of " + server + ": " + e.getMessage(), e);
        }
    }

    /** Releases the lease if the instance holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, long instance) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement release = c.prepareStatement("UPDATE BATCH_LEASE SET HOLDER = NULL, INSTANCE_ID = NULL, "
                     + "CLAIMED_AT = NULL, EXPIRES_AT = NULL WHERE JOB_NAME = ? AND INSTANCE_ID = ?")) {
            release.setString(1, job);
            release.setLong(2, instance);
            release.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the lease of " + job + ": " + e.getMessage(), e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Lease> lease(String job) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT HOLDER, INSTANCE_ID, CLAIMED_AT, EXPIRES_AT FROM BATCH_LEASE "
                     + "WHERE JOB_NAME = ?")) {
            select.setString(1, job);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long instance = rows.getLong(2);
                Long held = rows.wasNull() ? null : instance;
                return Optional.of(new Lease(job, rows.getString(1), held, instant(rows.getTimestamp(3)),
                        instant(rows.getTimestamp(4))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the lease of " + job + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records that this server acts on one firing of a job's schedule. The primary key (job, fire time)
     * lets exactly one server of several record it. @return false when another server already did
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimFiring(String job, Instant fireTime, String server, String outcome) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO BATCH_FIRING (JOB_NAME, FIRE_TIME, SERVER_NAME, "
                     + "CLAIMED_AT, OUTCOME) SELECT ?, ?, ?, ?, ? FROM BATCH_LEASE WHERE JOB_NAME = ? AND NOT EXISTS "
                     + "(SELECT 1 FROM BATCH_FIRING WHERE JOB_NAME = ? AND FIRE_TIME = ?)")) {
            ensureRow(c, job);
            Timestamp fire = Timestamp.from(fireTime);
            insert.setString(1, job);
            insert.setTimestamp(2, fire);
            insert.setString(3, server.length() > 200 ? server.substring(0, 200) : server);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            insert.setString(5, outcome.length() > 400 ? outcome.substring(0, 400) : outcome);
            insert.setString(6, job);
            insert.setString(7, job);
            insert.setTimestamp(8, fire);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState()) || "23503".equals(e.getSQLState())) {
                return false; // the other server's insert won the race on the primary key
            }
            throw new IllegalStateException("cannot record the firing of " + job + ": " + e.getMessage(), e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordOutcome(String job, Instant fireTime, String outcome) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE BATCH_FIRING SET OUTCOME = ? WHERE JOB_NAME = ? AND FIRE_TIME = ?")) {
            update.setString(1, outcome.length() > 400 ? outcome.substring(0, 400) : outcome);
            update.setString(2, job);
            update.setTimestamp(3, Timestamp.from(fireTime));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ensureRow(Connection c, String job) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM BATCH_LEASE WHERE JOB_NAME = ?")) {
            select.setString(1, job);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO BATCH_LEASE (JOB_NAME) VALUES (?)")) {
            insert.setString(1, job);
            insert.executeUpdate();
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
