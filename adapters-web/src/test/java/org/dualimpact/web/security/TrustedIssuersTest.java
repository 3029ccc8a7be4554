package org.dualimpact.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;

import org.junit.jupiter.api.Test;

class TrustedIssuersTest {

    @Test
    void readsTheDevelopmentRsaKeyFromItsPemFile() throws Exception {
        String pem = Files.readString(Path.of("../server-config/dev/dev-jwt-public.pem"));

        assertInstanceOf(RSAKey.class, TrustedIssuers.jwk(pem));
    }

    @Test
    void readsAnEcKeyFromPem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";

        assertEquals(Curve.P_256, ((ECKey) TrustedIssuers.jwk(pem)).getCurve());
    }
}
