package org.dualimpact.kernel.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dualimpact.kernel.provision.NeedType;
import org.dualimpact.kernel.provision.ProvisionService.NeedRequest;
import org.dualimpact.kernel.provision.ProvisionService.PublishRequest;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.Frequency;
import org.dualimpact.kernel.spo.SkillLevel;
import org.dualimpact.kernel.spo.SpoDrafting.CommitmentRequest;
import org.dualimpact.kernel.spo.SpoDrafting.ContentRequest;

/** Ready-made requests for the kernel tests. */
public final class Requests {

    public static final LocalDate DELIVERY_START = LocalDate.of(2026, 4, 1);
    public static final LocalDate DELIVERY_END = LocalDate.of(2027, 3, 31);

    private Requests() {
    }

    /** Provider 1's programme in Thames Valley: needs money, laptops and skilled volunteers. */
    public static PublishRequest digitalSkillsClub() {
        return new PublishRequest("Digital Skills Club", "Weekly coding sessions on donated Laptops for young people"
                + " in Slough.", Set.of(TestKernel.THAMES_VALLEY), Set.of("NT-YOUTH-1"), List.of(
                        new NeedRequest(NeedType.MONEY, "Running costs", new BigDecimal("5000"), null, null),
                        new NeedRequest(NeedType.IN_KIND, "Laptops", new BigDecimal("12"), "laptops", null),
                        new NeedRequest(NeedType.VOLUNTEERING, "Mentors", new BigDecimal("40"), null, "IT support")),
                30);
    }

    /** Provider 2's food larder in Thames Valley: needs money only. */
    public static PublishRequest communityLarder() {
        return new PublishRequest("Community Larder", "Emergency food parcels in Reading.",
                Set.of(TestKernel.THAMES_VALLEY), Set.of("NT-FOOD-2"),
                List.of(new NeedRequest(NeedType.MONEY, "Food stock", new BigDecimal("2000"), null, null)), null);
    }

    public static CommitmentRequest financial(String value) {
        return new CommitmentRequest(ContributionType.FINANCIAL, null, null, value == null ? null : new BigDecimal(value),
                null, "NT1", null, null, DELIVERY_START, DELIVERY_END, Frequency.ONE_OFF);
    }

    public static CommitmentRequest inKind(String quantity, String unit, String value) {
        return new CommitmentRequest(ContributionType.IN_KIND, new BigDecimal(quantity), unit,
                value == null ? null : new BigDecimal(value), null, "NT2", null, "SL1", DELIVERY_START, DELIVERY_START,
                Frequency.ONE_OFF);
    }

    public static CommitmentRequest volunteering(String hours, SkillLevel level) {
        return new CommitmentRequest(ContributionType.VOLUNTEERING, new BigDecimal(hours), null, null, level, "NT3", null,
                null, DELIVERY_START, DELIVERY_END, Frequency.MONTHLY);
    }

    /** FINANCIAL £1,500.00; IN_KIND 12 laptops declared £3,600.00; VOLUNTEERING 40 skilled hours. */
    public static List<CommitmentRequest> threeCommitments() {
        return List.of(financial("1500.00"), inKind("12", "laptops", "3600.00"), volunteering("40", SkillLevel.SKILLED));
    }

    public static ContentRequest content(String title, String provider, String provision,
            List<CommitmentRequest> commitments) {
        return new ContentRequest(title, "What we commit to " + provider + ".", List.of(provider), List.of(provision),
                TestKernel.THAMES_VALLEY, commitments);
    }
}
