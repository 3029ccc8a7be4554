package org.dualimpact.kernel.scoring;

import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1_ID;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_2;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.scoring.BidSubmission.BidRequest;
import org.dualimpact.kernel.scoring.ScoringSetup.CriterionRequest;
import org.dualimpact.kernel.scoring.ScoringSetup.SetupRequest;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.Frequency;
import org.dualimpact.kernel.spo.SkillLevel;
import org.dualimpact.kernel.spo.SpoDrafting.CommitmentRequest;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.testing.Requests;
import org.dualimpact.kernel.testing.ScoringKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A supplier's preview of how its own proposals would be valued under a tender's published scoring. */
class ScorePreviewTest {

    private final ScoringKernel s = new ScoringKernel();
    private final String provision = s.auditedProvision();
    private TenderReference tender;
    private Catalogue local;

    /** A quantitative tender valuing volunteering at the buyer's £12.50 an hour in 2026; 15 December 2026. */
    @BeforeEach
    void quantitativeTender() {
        local = s.catalogues.deriveLocal(BUYER, s.illustrative.id(), "TVP values", "2026");
        local = s.catalogues.setProxy(BUYER, local.id(), 1, "DI-ILL-VOL", 2026, new BigDecimal("12.50"),
                "TVP volunteering value 2026");
        tender = s.kernel.tenders.open(BUYER, "Fleet maintenance", THAMES_VALLEY, LocalDate.of(2027, 1, 31)).reference();
        s.setup.configure(BUYER, tender, 0, new SetupRequest(new BigDecimal("60"), new BigDecimal("30"),
                new BigDecimal("10"), SocialValueMethod.QUANTITATIVE, false, null, List.of(new CriterionRequest(
                        s.ppn0620.id().value(), "MAC 8.1", new BigDecimal("100"), null)), local.id().value(), null, null,
                null));
        s.kernel.clock.moveTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void aDraftIsValuedAsABidMadeTodayWouldBeAndCountedTowardsItsCriterion() {
        SpoReference draft = draft(SUPPLIER_1.userId(), List.of(hours("100"), pounds("50", "NT1")));

        ScorePreview.Preview preview = s.preview.preview(SUPPLIER_1, tender, List.of(draft));

        assertEquals(LocalDate.of(2026, 12, 15), preview.valuedOn());
        ValuedCommitment volunteering = preview.lines().get(0);
        assertEquals(new BigDecimal("1250.00"), volunteering.grossValue(), "100 h × £12.50");
        assertEquals(2026, volunteering.proxy().year());
        assertEquals("TVP volunteering value 2026", volunteering.proxy().source());
        assertEquals(new BigDecimal("1250.00").multiply(volunteering.adjustments().netFactor())
                .setScale(2, RoundingMode.HALF_EVEN), volunteering.netValue());
        ScorePreview.CriterionValue mac81 = preview.criteria().get(0);
        assertEquals("MAC 8.1", mac81.criterion().criterionId());
        assertEquals(List.of(volunteering), mac81.lines());
        assertEquals(volunteering.scoringValue().setScale(2, RoundingMode.HALF_EVEN), mac81.netValue());
        assertEquals(List.of("NT1"), preview.countingNowhere().stream().map(ValuedCommitment::measureCode).toList(),
                "NT1 is not in the catalogue");
    }

    @Test
    void anotherBidChangesNothingInThePreviewAndThePreviewStoresNothing() {
        SpoReference mine = draft(SUPPLIER_1.userId(), List.of(hours("100")));
        ScorePreview.Preview before = s.preview.preview(SUPPLIER_1, tender, List.of(mine));

        s.submittedSpo(SUPPLIER_2, provision, tender, List.of(hours("900")));
        s.bidding.submitBid(SUPPLIER_2, tender, new BidRequest(new BigDecimal("1000"), null, null));

        ScorePreview.Preview after = s.preview.preview(SUPPLIER_1, tender, List.of(mine));
        assertEquals(before.lines(), after.lines());
        assertEquals(before.criteria(), after.criteria());
        assertEquals(1, s.scoringRepository.bids(tender).size(), "the preview made no bid");
    }

    @Test
    void aCompetitorsProposalIsNotFound() {
        SpoReference theirs = draft(SUPPLIER_2.userId(), List.of(hours("10")));

        assertEquals("spo-not-found", assertThrows(DomainException.class,
                () -> s.preview.preview(SUPPLIER_1, tender, List.of(theirs))).code());
    }

    @Test
    void aProposalSubmittedToAnotherTenderIsNotPreviewed() {
        TenderReference other = s.kernel.tenders.open(BUYER, "Catering", THAMES_VALLEY, LocalDate.of(2027, 1, 31)).reference();
        SpoReference elsewhere = s.submittedSpo(SUPPLIER_1, provision, other, List.of(hours("10")));

        assertEquals("spo-not-previewable", assertThrows(DomainException.class,
                () -> s.preview.preview(SUPPLIER_1, tender, List.of(elsewhere))).code());
    }

    @Test
    void onlyASupplierPreviewsAndNamesAtLeastOneProposal() {
        SpoReference mine = draft(SUPPLIER_1.userId(), List.of(hours("10")));

        assertEquals(DomainException.Kind.NOT_PERMITTED, assertThrows(DomainException.class,
                () -> s.preview.preview(BUYER, tender, List.of(mine))).kind());
        assertEquals("no-spo", assertThrows(DomainException.class,
                () -> s.preview.preview(SUPPLIER_1, tender, List.of())).code());
    }

    private SpoReference draft(String user, List<CommitmentRequest> commitments) {
        return s.kernel.drafting.draft(user.equals(SUPPLIER_1.userId()) ? SUPPLIER_1 : SUPPLIER_2,
                Requests.content("Support " + user, PROVIDER_1_ID, provision, commitments), Optional.empty()).reference();
    }

    private static CommitmentRequest hours(String hours) {
        return new CommitmentRequest(ContributionType.VOLUNTEERING, new BigDecimal(hours), null, null, SkillLevel.SKILLED,
                "DI-ILL-VOL", null, null, LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), Frequency.MONTHLY);
    }

    private static CommitmentRequest pounds(String amount, String measure) {
        return new CommitmentRequest(ContributionType.FINANCIAL, null, null, new BigDecimal(amount), null, measure, null,
                null, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 1), Frequency.ONE_OFF);
    }
}
