package org.dualimpact.it;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * GreenMail, a real SMTP server, for the whole Failsafe run: the IT servers send every mail to it
 * ({@code dualimpact.mail.smtp.*} in {@code src/test/liberty/}), so any test that makes the product send
 * mail finds it here. Started only where Failsafe sets {@code it.smtp.port}; Surefire's runs have none.
 */
public class SmtpTestServer implements LauncherSessionListener {

    private static volatile GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.smtp.port");
        if (port == null || greenMail != null) {
            return;
        }
        GreenMail server = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        greenMail = server;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        GreenMail server = greenMail;
        if (server != null) {
            server.stop();
            greenMail = null;
        }
    }

    private static GreenMail running() {
        GreenMail server = greenMail;
        if (server == null) {
            throw new IllegalStateException("GreenMail is not running: it starts in Failsafe runs, where it.smtp.port is set");
        }
        return server;
    }

    /** The mails that reached the SMTP server for this recipient address, oldest first. */
    static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(running().getReceivedMessagesForDomain(address)).toList();
    }

    /** Waits until at least {@code count} mails have reached this recipient; the mails so far. */
    static List<MimeMessage> awaitFor(String address, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> received = receivedBy(address);
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            received = receivedBy(address);
        }
        return received;
    }
}
