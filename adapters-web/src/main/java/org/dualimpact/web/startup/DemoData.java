package org.dualimpact.web.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.identity.Identity;
import org.dualimpact.kernel.identity.PresetMemberships;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.organisation.OrganisationService.Registration;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fictional demo organisations in Thames Valley, for trying the product and for the walk-throughs in
 * README: one buyer, two suppliers, two community providers. Only Thames Valley Police is a real
 * body; company and charity numbers are invented (the 09/119 ranges are placeholders, not
 * registered numbers).
 *
 * <p>Loaded at start-up when {@code dualimpact.demo-data} is {@code true}, or when it is
 * {@code auto} (the default) and the database is the embedded Derby. Idempotent: an organisation
 * already present is left as it is.
 *
 * <p>When the development OpenID provider runs ({@code dualimpact.dev-openid-provider=enabled}) and the API
 * trusts it (provider {@value #DEV_PROVIDER}), its demo users get their memberships, keyed by that
 * provider's issuer and their subject (the e-mail address they sign in with); a membership already held
 * is left as it is.
 */
@ApplicationScoped
public class DemoData {

    static final String THAMES_VALLEY = "E23000029";

    /** The demo organisations; README prints a token for a user of each. */
    static final List<Registration> ORGANISATIONS = List.of(
            new Registration("GB-PFA-E23000029", OrganisationKind.BUYER, "Thames Valley Police", Set.of(THAMES_VALLEY)),
            new Registration("GB-COH-09000001", OrganisationKind.SUPPLIER, "Chiltern Facilities Services Ltd (demo)",
                    Set.of(THAMES_VALLEY)),
            new Registration("GB-COH-09000002", OrganisationKind.SUPPLIER, "Kennet Fleet Solutions Ltd (demo)",
                    Set.of(THAMES_VALLEY)),
            new Registration("GB-CHC-1190001", OrganisationKind.PROVIDER, "Oxford Youth Boxing Trust (demo)",
                    Set.of(THAMES_VALLEY)),
            new Registration("GB-CHC-1190002", OrganisationKind.PROVIDER, "Reading Community Larder (demo)",
                    Set.of(THAMES_VALLEY)),
            new Registration("GB-EDU-100001", OrganisationKind.HUB, "Thames Valley Impact Hub (demo)",
                    Set.of(THAMES_VALLEY)));

    /** The name of the development OpenID provider among the API's trusted providers. */
    static final String DEV_PROVIDER = "devoidc";

    /** A demo user of the development OpenID provider and the membership it holds (no organisation: the platform). */
    record DemoUser(String email, Optional<String> organisation, Set<Role> roles) {
    }

    /** The demo users of server-config/dev/dev-openid-provider.xml, as README lists them. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("tess@buyer.example", Optional.of("GB-PFA-E23000029"), Set.of(Role.BUYER, Role.ORGANISATION_ADMIN)),
            new DemoUser("sam@supplier.example", Optional.of("GB-COH-09000001"), Set.of(Role.SUPPLIER, Role.ORGANISATION_ADMIN)),
            new DemoUser("kim@supplier.example", Optional.of("GB-COH-09000002"), Set.of(Role.SUPPLIER, Role.ORGANISATION_ADMIN)),
            new DemoUser("pat@provider.example", Optional.of("GB-CHC-1190001"), Set.of(Role.PROVIDER, Role.ORGANISATION_ADMIN)),
            new DemoUser("hana@hub.example", Optional.of("GB-EDU-100001"), Set.of(Role.HUB, Role.ORGANISATION_ADMIN)),
            new DemoUser("hugo@hub.example", Optional.of("GB-EDU-100001"), Set.of(Role.HUB)),
            new DemoUser("ada@admin.example", Optional.empty(), Set.of(Role.ADMIN)),
            new DemoUser("aude@auditor.example", Optional.empty(), Set.of(Role.AUDITOR)));

    @Inject
    @ConfigProperty(name = "dualimpact.demo-data", defaultValue = "auto")
    String setting;

    @Inject
    @ConfigProperty(name = "dualimpact.dev-openid-provider", defaultValue = "")
    String devProvider;

    @Inject
    @ConfigProperty(name = "dualimpact.auth.issuer." + DEV_PROVIDER + ".issuer")
    Optional<String> devProviderIssuer;

    @Inject
    PresetMemberships presets;

    @Resource(lookup = "jdbc/dualimpact")
    DataSource dataSource;

    @Inject
    OrganisationService organisations;

    /** @return how many demo organisations were added now */
    @Transactional
    public int loadIfEnabled() {
        if (!enabled()) {
            return 0;
        }
        Actor loader = Actor.system("demo-data");
        int added = 0;
        for (Registration registration : ORGANISATIONS) {
            if (organisations.registerIfAbsent(loader, registration)) {
                added++;
            }
        }
        if ("enabled".equals(devProvider) && devProviderIssuer.isPresent()) {
            for (DemoUser user : USERS) {
                Identity identity = new Identity(devProviderIssuer.get(), user.email(), Optional.of(user.email()), true,
                        Optional.of(user.email()));
                presets.grantIfAbsent(loader, identity, user.organisation().map(OrganisationId::new), user.roles());
            }
        }
        return added;
    }

    boolean enabled() {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> embeddedDerby();
            default -> throw new IllegalStateException(
                    "dualimpact.demo-data must be auto, true or false, not '" + setting + "'");
        };
    }

    private boolean embeddedDerby() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to decide on demo data", e);
        }
    }
}
