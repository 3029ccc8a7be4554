package org.dualimpact.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.dualimpact.kernel.shared.Role;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The Dual Impact API, version 1. Every resource declares the roles it allows; callers authenticate
 * with a bearer JWT of a trusted identity provider ({@code BearerAuthenticationFilter}); their
 * organisation and roles come from their membership, or from the token's {@code org} and
 * {@code groups} claims for a provider trusted for them.
 */
@ApplicationPath("/v1")
@DeclareRoles({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
    Role.Names.AUDITOR, Role.Names.OPERATOR})
@OpenAPIDefinition(info = @Info(title = "Dual Impact API", version = "1",
        description = "Social Purchase Orders, the contribution ledger, tender scoring and the procurement maturity "
                + "diagnostic. Errors are RFC 9457 problem details (application/problem+json).",
        license = @License(name = "Reference data: Open Government Licence v3.0 (ONS codes)",
                url = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
@SecurityScheme(securitySchemeName = RestApplication.JWT, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A JWT from one of the deployment's trusted identity providers. The "
                + "organisation and roles come from the caller's membership; a member of several organisations names "
                + "the one it acts for in the header Dual-Impact-Organisation (or the query parameter actingFor). "
                + "Providers trusted for organisation claims (such as the development issuer) give them as claims: "
                + "groups (admin, buyer, supplier, provider, hub, auditor, operator) and org (the organisation "
                + "identifier).")
public class RestApplication extends Application {

    /** Name of the bearer-token security scheme in the OpenAPI document. */
    public static final String JWT = "jwt";
}
