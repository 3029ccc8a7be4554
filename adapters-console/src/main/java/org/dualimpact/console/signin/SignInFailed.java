package org.dualimpact.console.signin;

/** The provider's answer could not be trusted or was an error: the user sees a sign-in failure, the log the reason. */
public class SignInFailed extends Exception {

    private static final long serialVersionUID = 1L;

    public SignInFailed(String message) {
        super(message);
    }

    public SignInFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
