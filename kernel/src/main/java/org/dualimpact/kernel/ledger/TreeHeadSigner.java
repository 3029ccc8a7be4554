package org.dualimpact.kernel.ledger;

/** Signs tree heads with the operator's key (Ed25519, the only algorithm implemented). */
public interface TreeHeadSigner {

    /** Identifies the key, e.g. the first 16 hex digits of the SHA-256 of its public key. */
    String keyId();

    /** The signature algorithm's JCA name, {@code Ed25519}; the export and the verifier carry it. */
    String algorithm();

    /** The signature of the message, Base64. */
    String sign(byte[] message);

    /** The public key, PEM ({@code -----BEGIN PUBLIC KEY-----}), for auditors. */
    String publicKeyPem();
}
