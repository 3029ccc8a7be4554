package org.dualimpact.ledger.store;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.dualimpact.kernel.ledger.TreeHeadSigner;

/**
 * Signs tree heads with an Ed25519 key given as PKCS#8 PEM (private) and X.509 PEM (public). The key
 * id is the first 16 hex digits of the SHA-256 of the public key's DER encoding.
 */
public final class Ed25519TreeHeadSigner implements TreeHeadSigner {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public Ed25519TreeHeadSigner(String privatePem, String publicPem) {
        try {
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            this.privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
            this.publicKey = keys.generatePublic(new X509EncodedKeySpec(der(publicPem)));
            this.keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()))
                    .substring(0, 16);
        } catch (Exception e) {
            throw new IllegalArgumentException("the ledger signing key is not an Ed25519 key pair in PEM: " + e.getMessage(), e);
        }
        byte[] probe = "dual-impact key check".getBytes(StandardCharsets.UTF_8);
        if (!verify(probe, sign(probe))) {
            throw new IllegalArgumentException("the ledger signing key's private and public halves do not match");
        }
    }

    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public String algorithm() {
        return "Ed25519";
    }

    @Override
    public String sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    boolean verify(byte[] message, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update(message);
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (Exception e) {
            return false;
        }
    }

    private static byte[] der(String pem) {
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }
}
