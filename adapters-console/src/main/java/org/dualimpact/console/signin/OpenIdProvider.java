package org.dualimpact.console.signin;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import org.dualimpact.console.ConsoleSettings;

/**
 * The console as an OpenID Connect relying party, with the Nimbus OAuth 2.0 / OIDC SDK doing the
 * protocol: discovery from the issuer, the authorization code flow with PKCE (S256), state and nonce,
 * the code exchanged with the client secret, and the ID token validated (signature against the
 * provider's JWKS, which the validator re-reads when a new key id appears; iss, aud, exp, iat, nonce).
 */
@ApplicationScoped
public class OpenIdProvider {

    private static final Scope SCOPE = new Scope("openid", "profile", "email");

    @Inject
    ConsoleSettings settings;

    private volatile Discovered discovered;

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    public boolean configured() {
        return settings.issuer().isPresent();
    }

    /** Starts a sign-in: the pending state to keep in the session and the provider URI to send the browser to. */
    public Start start(URI redirectUri) throws SignInFailed {
        OIDCProviderMetadata metadata = discovered().metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                SCOPE, clientId(), redirectUri)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Start(new PendingSignIn(state.getValue(), nonce.getValue(), verifier.getValue(), redirectUri),
                request.toURI());
    }

    public record Start(PendingSignIn pending, URI providerUri) {
    }

    /** Completes a sign-in from the provider's redirect back to the console. */
    public SignedInUser complete(URI callback, PendingSignIn pending, Instant now, String csrfToken) throws SignInFailed {
        Discovered provider = discovered();
        AuthenticationSuccessResponse success = successResponse(callback);
        if (success.getState() == null || !success.getState().getValue().equals(pending.state())) {
            throw new SignInFailed("the state returned by the provider is not the one this session sent");
        }
        AuthorizationCode code = success.getAuthorizationCode();
        if (code == null) {
            throw new SignInFailed("the provider returned no authorization code");
        }
        JWT idToken = exchange(provider.metadata(), code, pending);
        IDTokenClaimsSet claims;
        try {
            claims = provider.validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            throw new SignInFailed("the ID token is not valid: " + e.getMessage(), e);
        }
        return new SignedInUser(claims.getIssuer().getValue(), claims.getSubject().getValue(),
                claims.getStringClaim(settings.nameClaim()), claims.getStringClaim(settings.emailClaim()),
                emailVerified(claims), idToken.serialize(), now, csrfToken);
    }

    private boolean emailVerified(IDTokenClaimsSet claims) {
        String claim = settings.emailVerifiedClaim();
        return "always".equals(claim) || Boolean.TRUE.equals(claims.getBooleanClaim(claim));
    }

    /** Where to send the browser to end the provider's session too (RP-initiated logout); empty if it has no such endpoint. */
    public Optional<URI> signOutUri(SignedInUser user, URI afterSignOut) {
        try {
            URI endSession = discovered().metadata().getEndSessionEndpointURI();
            if (endSession == null) {
                return Optional.empty();
            }
            LogoutRequest logout = new LogoutRequest(endSession, JWTParser.parse(user.idToken()), null, clientId(),
                    afterSignOut, new State(), null);
            return Optional.of(logout.toURI());
        } catch (SignInFailed | java.text.ParseException e) { // java.text: the SDK has a ParseException of its own
            return Optional.empty();
        }
    }

    private static AuthenticationSuccessResponse successResponse(URI callback) throws SignInFailed {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new SignInFailed("the provider's redirect could not be read: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            AuthenticationErrorResponse error = response.toErrorResponse();
            throw new SignInFailed("the provider refused the sign-in: " + error.getErrorObject().getCode());
        }
        return response.toSuccessResponse();
    }

    private JWT exchange(OIDCProviderMetadata metadata, AuthorizationCode code, PendingSignIn pending) throws SignInFailed {
        TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(),
                new ClientSecretBasic(clientId(), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(code, pending.redirectUri(), new CodeVerifier(pending.codeVerifier())));
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
        } catch (IOException | ParseException e) {
            throw new SignInFailed("the token endpoint could not be reached or answered badly: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            throw new SignInFailed("the token endpoint refused the code: "
                    + response.toErrorResponse().getErrorObject().getCode());
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new SignInFailed("the token endpoint returned no ID token");
        }
        return idToken;
    }

    private ClientID clientId() {
        return new ClientID(settings.clientId());
    }

    /** The provider's metadata, read once from its discovery document (which must name the configured issuer). */
    private Discovered discovered() throws SignInFailed {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        String issuer = settings.issuer().orElseThrow(() -> new SignInFailed("no OpenID provider is configured"));
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(issuer));
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), clientId(), JWSAlgorithm.RS256,
                    metadata.getJWKSetURI().toURL());
            known = new Discovered(metadata, validator);
            discovered = known;
            return known;
        } catch (GeneralException | IOException e) {
            throw new SignInFailed("the provider's discovery document could not be read from " + issuer + ": "
                    + e.getMessage(), e);
        }
    }
}
