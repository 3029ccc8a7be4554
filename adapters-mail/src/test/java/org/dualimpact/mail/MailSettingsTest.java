package org.dualimpact.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Properties;

import org.dualimpact.kernel.notification.MailNotSentException;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static final String FROM = "no-reply@dualimpact.test";

    @Test
    void aBlankHostMeansTheOutbox() {
        assertFalse(MailSettings.of(Optional.of("  "), 587, "required", "", "", FROM).smtp());
    }

    @Test
    void requiredStartTlsIsRequiredOfTheSession() {
        Properties session = MailSettings.of(Optional.of("smtp.example"), 587, "required", "", "", FROM)
                .sessionProperties();

        assertEquals("true", session.getProperty("mail.smtp.starttls.required"));
        assertEquals("false", session.getProperty("mail.smtp.auth"));
    }

    @Test
    void aUserTurnsAuthenticationOn() {
        Properties session = MailSettings.of(Optional.of("smtp.example"), 587, "optional", "relay", "secret", FROM)
                .sessionProperties();

        assertEquals("true", session.getProperty("mail.smtp.auth"));
        assertEquals("false", session.getProperty("mail.smtp.starttls.required"));
    }

    @Test
    void anUnknownStartTlsChoiceIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MailSettings.of(Optional.of("smtp.example"), 587, "sometimes", "", "", FROM));

        assertTrue(refused.getMessage().contains("dualimpact.mail.smtp.starttls"), refused.getMessage());
    }

    @Test
    void aSenderThatIsNoAddressIsRefused() {
        MailNotSentException refused = assertThrows(MailNotSentException.class,
                () -> MailSettings.of(Optional.of("smtp.example"), 587, "required", "", "", "Dual Impact"));

        assertTrue(refused.getMessage().contains("dualimpact.mail.from"), refused.getMessage());
    }

    @Test
    void theDescriptionNeverShowsThePassword() {
        String shown = MailSettings.of(Optional.of("smtp.example"), 587, "required", "relay", "s3cret!", FROM).toString();

        assertFalse(shown.contains("s3cret!"), shown);
    }
}
