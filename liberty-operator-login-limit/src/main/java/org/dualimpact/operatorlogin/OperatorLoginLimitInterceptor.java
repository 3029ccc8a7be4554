package org.dualimpact.operatorlogin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.ibm.websphere.security.PasswordCheckFailedException;
import com.ibm.websphere.security.WebTrustAssociationException;
import com.ibm.websphere.security.WebTrustAssociationFailedException;
import com.ibm.wsspi.security.registry.RegistryHelper;
import com.ibm.wsspi.security.tai.TAIResult;
import com.ibm.wsspi.security.tai.TrustAssociationInterceptor;

import org.dualimpact.ratelimit.RateLimit;
import org.dualimpact.ratelimit.RateLimit.Settings;

/**
 * Liberty's REST APIs under {@code /ibm/api} (the batch management API among them) check basic credentials
 * before any application code runs, and have no limit of their own on wrong passwords. Liberty calls this
 * trust association interceptor first for every request to that web module that offers basic credentials,
 * whatever its path (the module is matched by its context root, not by the request's raw URI, which may be
 * encoded): it checks them against the server's user registry itself ({@link OperatorLogins}) and
 * <ul>
 *   <li>asserts the user to Liberty when they match (Liberty then applies the API's roles as before);</li>
 *   <li>answers 401 with the basic challenge when they do not;</li>
 *   <li>answers 429 problem details with {@code Retry-After} once the client has spent its allowance.</li>
 * </ul>
 * Requests without basic credentials get Liberty's own challenge. Configured in server.xml (properties
 * {@code contextRoot}, {@code realm}, {@code capacity}, {@code refillSeconds}, {@code maxClients}).
 * A failure of the registry itself answers as Liberty answers a failed trust association.
 */
public final class OperatorLoginLimitInterceptor implements TrustAssociationInterceptor {

    private String contextRoot;
    private String realm;
    private OperatorLogins logins;

    @Override
    public int initialize(Properties properties) throws WebTrustAssociationFailedException {
        try {
            contextRoot = properties.getProperty("contextRoot", "/ibm/api");
            realm = properties.getProperty("realm", "dual-impact-operators");
            long refillSeconds = Long.parseLong(properties.getProperty("refillSeconds", "60"));
            Settings settings = new Settings(Long.parseLong(properties.getProperty("capacity", "5")), 1,
                    Duration.ofSeconds(refillSeconds), Integer.parseInt(properties.getProperty("maxClients", "10000")));
            logins = new OperatorLogins(new RateLimit(settings), OperatorLoginLimitInterceptor::registryCheck);
            return 0;
        } catch (IllegalArgumentException e) {
            throw new WebTrustAssociationFailedException("the batch operator login limit is misconfigured: " + e.getMessage());
        }
    }

    @Override
    public boolean isTargetInterceptor(HttpServletRequest request) throws WebTrustAssociationException {
        return contextRoot.equals(request.getServletContext().getContextPath())
                && OperatorLogins.offersBasicCredentials(request.getHeader("Authorization"));
    }

    @Override
    public TAIResult negotiateValidateandEstablishTrust(HttpServletRequest request, HttpServletResponse response)
            throws WebTrustAssociationFailedException {
        OperatorLogins.Outcome outcome;
        try {
            outcome = logins.attempt(request.getRemoteAddr(), request.getHeader("Authorization"));
        } catch (IllegalStateException registryFailure) {
            throw new WebTrustAssociationFailedException(registryFailure.getMessage());
        }
        if (outcome instanceof OperatorLogins.Accepted accepted) {
            return TAIResult.create(HttpServletResponse.SC_OK, accepted.user());
        }
        if (outcome instanceof OperatorLogins.TooMany tooMany) {
            response.setHeader("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
            problem(response, 429, "too-many-requests", "Too many requests", "Too many refused operator logins from "
                    + "this address. Try again in " + tooMany.retryAfterSeconds() + " s.");
            return TAIResult.create(429);
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
        problem(response, 401, "unauthenticated", "Authentication required",
                "The batch operator's user name or password is wrong.");
        return TAIResult.create(HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Override
    public String getVersion() {
        return "1";
    }

    @Override
    public String getType() {
        return "dual-impact-operator-login-limit";
    }

    @Override
    public void cleanup() {
    }

    private static Optional<String> registryCheck(String user, String password) {
        try {
            return Optional.of(RegistryHelper.getUserRegistry(null).checkPassword(user, password));
        } catch (PasswordCheckFailedException refused) {
            return Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException("the user registry could not check the batch operator's password", e);
        }
    }

    private static void problem(HttpServletResponse response, int status, String code, String title, String detail) {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String body = "{\"type\":\"urn:dualimpact:problem:" + code + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        try {
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client went away; the status alone answers it
        }
    }
}
