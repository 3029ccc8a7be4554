package org.dualimpact.it;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.kernel.notification.Mail;
import org.dualimpact.kernel.notification.MailNotSentException;
import org.dualimpact.kernel.notification.MailOutbox;
import org.dualimpact.kernel.notification.Mailer;

/**
 * Test-only, added to the web WAR by {@link MailIT}: sends one mail through the application's own
 * {@link Mailer} (the one the server's configuration chose), as a kernel service would, or with
 * {@code via=outbox} keeps it in the development outbox directly (the IT servers send through SMTP).
 * POST to, subject, body → 204; refused → 422 (bad address) or 502 (delivery failed) with the reason.
 */
@WebServlet("/it/mailer")
public class MailerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Mailer mailer;

    @Inject
    transient MailOutbox outbox;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        try {
            Mail mail = new Mail(request.getParameter("to"), request.getParameter("subject"), request.getParameter("body"));
            if ("outbox".equals(request.getParameter("via"))) {
                outbox.keep(mail);
            } else {
                mailer.send(mail);
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (MailNotSentException e) {
            response.setStatus(e.reason() == MailNotSentException.Reason.BAD_ADDRESS ? 422 : 502);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(e.reason() + ": " + e.getMessage());
        }
    }
}
