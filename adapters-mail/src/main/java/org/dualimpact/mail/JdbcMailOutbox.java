package org.dualimpact.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.dualimpact.kernel.notification.KeptMail;
import org.dualimpact.kernel.notification.Mail;
import org.dualimpact.kernel.notification.MailOutbox;

/**
 * The development outbox in table {@code MAIL_OUTBOX}: each mail is one row, written in the caller's
 * transaction (so a change that is rolled back keeps no mail), numbered in the order kept. The
 * recipient is checked as strictly as SMTP would, so the outbox refuses what SMTP would refuse.
 */
@ApplicationScoped
@Typed({JdbcMailOutbox.class, MailOutbox.class})
public class JdbcMailOutbox implements MailOutbox {

    @Resource(lookup = "jdbc/dualimpact")
    DataSource dataSource;

    @Inject
    Clock clock;

    public JdbcMailOutbox() {
    }

    public JdbcMailOutbox(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void keep(Mail mail) {
        MailAddresses.one("recipient", mail.to());
        String sql = "INSERT INTO MAIL_OUTBOX (KEPT_AT, RECIPIENT, SUBJECT, BODY) VALUES (?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setTimestamp(1, Timestamp.from(clock.instant()));
            insert.setString(2, mail.to().strip());
            insert.setString(3, mail.subject());
            insert.setString(4, mail.body());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the mail could not be kept in the outbox: " + e.getMessage(), e);
        }
    }

    @Override
    public List<KeptMail> newestFirst(long offset, int limit) {
        String sql = "SELECT ID, KEPT_AT, RECIPIENT, SUBJECT, BODY FROM MAIL_OUTBOX ORDER BY ID DESC "
                + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, offset);
            select.setInt(2, limit);
            List<KeptMail> kept = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    kept.add(new KeptMail(rows.getLong(1), rows.getTimestamp(2).toInstant(),
                            new Mail(rows.getString(3), rows.getString(4), rows.getString(5))));
                }
            }
            return kept;
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM MAIL_OUTBOX");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read: " + e.getMessage(), e);
        }
    }
}
