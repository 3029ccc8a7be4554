package org.dualimpact.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    private static String devKey() throws IOException {
        return Files.readString(Path.of("../server-config/dev/dev-jwt-public.pem"));
    }

    private static String otherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void recognisesTheShippedDevelopmentKey() throws Exception {
        assertTrue(ProductionGuard.isDevKey(devKey()));
        assertFalse(ProductionGuard.isDevKey(otherKey()));
        assertFalse(ProductionGuard.isDevKey(null));
    }

    @Test
    void recognisesTheShippedLedgerKey() throws Exception {
        assertEquals(ProductionGuard.DEV_LEDGER_KEY_SHA256,
                ProductionGuard.fingerprint(Files.readString(Path.of("../server-config/dev/dev-ledger-ed25519-public.pem"))));
        assertEquals("", ProductionGuard.fingerprint("not a key"));
    }

    @Test
    void refusesEveryDevelopmentSetting() throws Exception {
        List<String> problems = ProductionGuard.problems(Map.of(ProductionGuard.DEV_ISSUER, devKey()),
                ProductionGuard.DEV_OPERATOR_PASSWORD, ProductionGuard.DEV_KEYSTORE_PASSWORD, "true");

        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void acceptsARealConfiguration() throws Exception {
        assertTrue(ProductionGuard.problems(Map.of("https://idp.example/realms/buyer", otherKey(),
                "https://login.example/tenant/v2.0", ""), "s3cret-operator", "s3cret-keystore", "auto").isEmpty());
    }

    @Test
    void refusesTheDevelopmentKeyUnderAnotherIssuer() throws Exception {
        assertEquals(1, ProductionGuard.problems(Map.of("https://idp.example", devKey()), "s3cret-operator",
                "s3cret-keystore", "false").size());
    }

    @Test
    void refusesTheDevelopmentIssuerWithAnotherKey() throws Exception {
        assertEquals(1, ProductionGuard.problems(Map.of(ProductionGuard.DEV_ISSUER, otherKey()), "s3cret-operator",
                "s3cret-keystore", "false").size());
    }

    @Test
    void refusesTheDevelopmentOutboxInProduction() {
        Optional<String> problem = ProductionGuard.smtpProblem(Optional.empty());

        assertTrue(problem.orElseThrow().contains("DUALIMPACT_MAIL_SMTP_HOST"), problem::toString);
    }

    @Test
    void refusesABlankSmtpHost() {
        assertTrue(ProductionGuard.smtpProblem(Optional.of(" ")).isPresent());
    }

    @Test
    void startsInProductionWithAnSmtpServer() {
        assertEquals(Optional.empty(), ProductionGuard.smtpProblem(Optional.of("smtp.example.gov.uk")));
    }
}
