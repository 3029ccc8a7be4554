package org.dualimpact.ledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.dualimpact.kernel.ledger.TreeHeadSigner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tree-head signer, from the key files named by {@code dualimpact.ledger.signing-key} and
 * {@code dualimpact.ledger.public-key} (environment {@code DUALIMPACT_LEDGER_SIGNING_KEY},
 * {@code DUALIMPACT_LEDGER_PUBLIC_KEY}). Read once; a missing or mismatched key stops start-up.
 */
@ApplicationScoped
public class LedgerSigning {

    @Inject
    @ConfigProperty(name = "dualimpact.ledger.signing-key")
    String privateKeyLocation;

    @Inject
    @ConfigProperty(name = "dualimpact.ledger.public-key")
    String publicKeyLocation;

    private volatile TreeHeadSigner signer;

    @Produces
    TreeHeadSigner signer() {
        if (signer == null) {
            signer = new Ed25519TreeHeadSigner(read(privateKeyLocation), read(publicKeyLocation));
        }
        return signer;
    }

    private static String read(String location) {
        try {
            return Files.readString(Path.of(location), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger key at " + location, e);
        }
    }
}
