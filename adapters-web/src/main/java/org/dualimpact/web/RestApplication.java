package org.dualimpact.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.dualimpact.kernel.shared.Role;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The Dual Impact API, version 1. Every resource declares the roles it allows; callers authenticate
 * with a bearer JWT (MicroProfile JWT) whose {@code groups} claim holds their roles and whose
 * {@code org} claim names their organisation.
 */
@ApplicationPath("/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "dual-impact")
@DeclareRoles({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
    Role.Names.AUDITOR, Role.Names.OPERATOR})
@OpenAPIDefinition(info = @Info(title = "Dual Impact API", version = "1",
        description = "Social Purchase Orders, the contribution ledger, tender scoring and the procurement maturity "
                + "diagnostic. Errors are RFC 9457 problem details (application/problem+json).",
        license = @License(name = "Reference data: Open Government Licence v3.0 (ONS codes)",
                url = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
@SecurityScheme(securitySchemeName = RestApplication.JWT, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A JWT from the deployment's identity provider; claims: sub, groups "
                + "(admin, buyer, supplier, provider, hub, auditor, operator), org (the organisation identifier).")
public class RestApplication extends Application {

    /** Name of the bearer-token security scheme in the OpenAPI document. */
    public static final String JWT = "jwt";
}
