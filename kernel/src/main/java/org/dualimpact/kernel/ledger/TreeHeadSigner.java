package org.dualimpact.kernel.ledger;

/** Signs tree heads with the operator's key (Ed25519 or ECDSA P-256, from configuration). */
public interface TreeHeadSigner {

    /** Identifies the key, e.g. the first 16 hex digits of the SHA-256 of its public key. */
    String keyId();

    /** {@code Ed25519} or {@code SHA256withECDSA}. */
    String algorithm();

    /** The signature of the message, Base64. */
    String sign(byte[] message);

    /** The public key, PEM ({@code -----BEGIN PUBLIC KEY-----}), for auditors. */
    String publicKeyPem();
}
