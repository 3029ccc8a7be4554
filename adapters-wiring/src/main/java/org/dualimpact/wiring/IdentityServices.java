package org.dualimpact.wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.dualimpact.kernel.identity.InvitationRepository;
import org.dualimpact.kernel.identity.Invitations;
import org.dualimpact.kernel.identity.JoinRequestRepository;
import org.dualimpact.kernel.identity.JoinRequests;
import org.dualimpact.kernel.identity.Members;
import org.dualimpact.kernel.identity.MembershipRepository;
import org.dualimpact.kernel.identity.PlatformStaff;
import org.dualimpact.kernel.identity.PresetMemberships;
import org.dualimpact.kernel.identity.ServiceAccounts;
import org.dualimpact.kernel.identity.SignInService;
import org.dualimpact.kernel.identity.UserErasure;
import org.dualimpact.kernel.identity.UserRepository;
import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.notification.Mail;
import org.dualimpact.kernel.notification.Mailer;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.territory.TerritoryRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the identity services (sign-in, invitations, members, service accounts, join requests,
 * erasure, preset memberships). Settings, read once:
 * <ul>
 * <li>{@code dualimpact.platform-admins}: comma-separated e-mail addresses whose verified owners become
 * platform admins on sign-in (default none);</li>
 * <li>{@code dualimpact.public-url}: the base of invitation links (default {@code http://localhost:9080});</li>
 * <li>{@code dualimpact.invitation-validity}: an ISO-8601 duration (default {@code P7D}).</li>
 * </ul>
 * Mail goes through the deployment's {@link Mailer}; with none, invitations are not mailed and the
 * inviter passes the returned link on.
 */
@ApplicationScoped
public class IdentityServices {

    public static final String PLATFORM_ADMINS = "dualimpact.platform-admins";
    public static final String PUBLIC_URL = "dualimpact.public-url";
    public static final String INVITATION_VALIDITY = "dualimpact.invitation-validity";

    private static final Logger LOG = Logger.getLogger(IdentityServices.class.getName());

    @Inject
    @ConfigProperty(name = PLATFORM_ADMINS)
    Optional<String> platformAdmins;

    @Inject
    @ConfigProperty(name = PUBLIC_URL, defaultValue = "http://localhost:9080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = INVITATION_VALIDITY, defaultValue = "P7D")
    String invitationValidity;

    @Inject
    Instance<Mailer> mailers;

    @Produces
    @Dependent
    SignInService signInService(UserRepository users, MembershipRepository memberships, OrganisationRepository organisations,
            AuditJournal journal, Clock clock) {
        return new SignInService(users, memberships, organisations, journal, clock, platformAdminEmails());
    }

    @Produces
    @Dependent
    Invitations invitations(InvitationRepository invitations, MembershipRepository memberships, UserRepository users,
            OrganisationRepository organisations, AuditJournal journal, Clock clock) {
        return new Invitations(invitations, memberships, users, organisations, mailer(), journal, clock, publicUrl,
                Duration.parse(invitationValidity));
    }

    @Produces
    @Dependent
    Members members(MembershipRepository memberships, UserRepository users, OrganisationRepository organisations,
            AuditJournal journal, Clock clock) {
        return new Members(memberships, users, organisations, journal, clock);
    }

    @Produces
    @Dependent
    PlatformStaff platformStaff(MembershipRepository memberships, UserRepository users, AuditJournal journal, Clock clock) {
        return new PlatformStaff(memberships, users, journal, clock);
    }

    @Produces
    @Dependent
    PresetMemberships presetMemberships(UserRepository users, MembershipRepository memberships,
            OrganisationRepository organisations, AuditJournal journal, Clock clock) {
        return new PresetMemberships(users, memberships, organisations, journal, clock);
    }

    @Produces
    @Dependent
    ServiceAccounts serviceAccounts(MembershipRepository memberships, UserRepository users, Members members,
            AuditJournal journal, Clock clock) {
        return new ServiceAccounts(memberships, users, members, journal, clock);
    }

    @Produces
    @Dependent
    JoinRequests joinRequests(JoinRequestRepository requests, OrganisationRepository organisations,
            TerritoryRepository territories, Invitations invitations, UserRepository users, AuditJournal journal, Clock clock) {
        return new JoinRequests(requests, organisations, territories, invitations, users, journal, clock);
    }

    @Produces
    @Dependent
    UserErasure userErasure(UserRepository users, MembershipRepository memberships, InvitationRepository invitations,
            JoinRequestRepository joinRequests, AuditJournal journal, Clock clock) {
        return new UserErasure(users, memberships, invitations, joinRequests, journal, clock);
    }

    /** The configured platform admin e-mail addresses. */
    public Set<String> platformAdminEmails() {
        return Arrays.stream(platformAdmins.orElse("").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private Mailer mailer() {
        return mailers.isResolvable() ? mailers.get() : IdentityServices::notMailed;
    }

    private static void notMailed(Mail mail) {
        LOG.fine("No mailer is deployed: the invitation link is returned to the inviter only.");
        throw new IllegalStateException("no mailer is deployed");
    }
}
