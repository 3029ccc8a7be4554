package org.dualimpact.console.signin;

import java.io.Serializable;
import java.net.URI;

/**
 * What the console remembers between sending the browser to the provider and its return: the state
 * (against forged callbacks), the nonce (bound into the ID token) and the PKCE code verifier.
 */
public record PendingSignIn(String state, String nonce, String codeVerifier, URI redirectUri) implements Serializable {

    /** The session attribute that holds it, removed when the callback is handled. */
    public static final String ATTRIBUTE = "dualimpact.console.pending-sign-in";
}
