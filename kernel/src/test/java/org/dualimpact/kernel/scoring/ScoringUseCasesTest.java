package org.dualimpact.kernel.scoring;

import static org.dualimpact.kernel.testing.TestKernel.ADMIN;
import static org.dualimpact.kernel.testing.TestKernel.BUYER;
import static org.dualimpact.kernel.testing.TestKernel.OTHER_BUYER;
import static org.dualimpact.kernel.testing.TestKernel.PROVIDER_1;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_1;
import static org.dualimpact.kernel.testing.TestKernel.SUPPLIER_2;
import static org.dualimpact.kernel.testing.TestKernel.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.scoring.Evaluation.Basis;
import org.dualimpact.kernel.scoring.Evaluation.BidResult;
import org.dualimpact.kernel.scoring.BidSubmission.BidRequest;
import org.dualimpact.kernel.scoring.ScoringSetup.CriterionRequest;
import org.dualimpact.kernel.scoring.ScoringSetup.SetupRequest;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.DomainException.Kind;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.Frequency;
import org.dualimpact.kernel.spo.SkillLevel;
import org.dualimpact.kernel.spo.SpoDrafting.CommitmentRequest;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.testing.ScoringKernel;
import org.dualimpact.kernel.testing.TestKernel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Setting up scoring, bidding, marking and evaluating through the services, with the rules on who may do what. */
class ScoringUseCasesTest {

    private static final Actor SUPPLIER_3 = TestKernel.user("tom", "GB-COH-09000003", Role.SUPPLIER);
    private static final Actor EVE = TestKernel.user("eve", "GB-PFA-E23000001", Role.BUYER);

    private final ScoringKernel s = new ScoringKernel();
    private final String provision = s.auditedProvision();

    private TenderReference openTender(LocalDate closing) {
        return s.kernel.tenders.open(BUYER, "Fleet maintenance", THAMES_VALLEY, closing).reference();
    }

    private SetupRequest marksSetup(String sv, List<String> evaluators) {
        BigDecimal svWeight = new BigDecimal(sv);
        return new SetupRequest(new BigDecimal("60"), BigDecimal.valueOf(100).subtract(new BigDecimal("60")).subtract(svWeight),
                svWeight, SocialValueMethod.MARKS, false, null, List.of(
                        new CriterionRequest(s.ppn0620.id().value(), "MAC 2.2", new BigDecimal("60"), null),
                        new CriterionRequest(s.ppn0620.id().value(), "MAC 8.1", new BigDecimal("40"), null)),
                s.illustrative.id().value(), null, null, evaluators);
    }

    private static CommitmentRequest hours(String hours) {
        return new CommitmentRequest(ContributionType.VOLUNTEERING, new BigDecimal(hours), null, null, SkillLevel.SKILLED,
                "DI-ILL-VOL", null, null, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), Frequency.MONTHLY);
    }

    private static CommitmentRequest pounds(String amount, String measure) {
        return new CommitmentRequest(ContributionType.FINANCIAL, null, null, new BigDecimal(amount), null, measure, null,
                null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), Frequency.ONE_OFF);
    }

    @Test
    void aSetupBelowThePolicyMinimumIsRefusedAndTheMinimumIsConfigurable() {
        TenderReference tender = openTender(LocalDate.of(2026, 3, 31));
        DomainException floor = refused(Kind.RULE_VIOLATED, "social-value-below-minimum",
                () -> s.setup.configure(BUYER, tender, 0, marksSetup("9", List.of())));
        assertTrue(floor.getMessage().contains("9 %"), floor.getMessage());
        refused(Kind.RULE_VIOLATED, "weights-not-100", () -> s.setup.configure(BUYER, tender, 0, new SetupRequest(
                new BigDecimal("60"), new BigDecimal("25"), new BigDecimal("10"), SocialValueMethod.MARKS, false, null,
                List.of(new CriterionRequest(s.ppn0620.id().value(), "MAC 2.2", new BigDecimal("100"), null)), null, null,
                null, null)));
        TenderScoring ok = s.setup.configure(BUYER, tender, 0, marksSetup("10", List.of()));
        assertEquals(1, ok.version());
        // the measures of a criterion come from the catalogue's crosswalk when none are named
        assertEquals(List.of("DI-ILL-VOL", "DI-ILL-FIN", "DI-ILL-INK"), ok.criteria().get(1).measures());
        assertTrue(ok.criteria().get(0).provisional(), "MAC 2.2 is unverified in the shipped model");

        ScoringKernel strict = new ScoringKernel(new ScoringPolicy(new BigDecimal("20")));
        TenderReference other = strict.kernel.tenders.open(BUYER, "Cleaning", THAMES_VALLEY, LocalDate.of(2026, 3, 31))
                .reference();
        DomainException twenty = assertThrows(DomainException.class, () -> strict.setup.configure(BUYER, other, 0,
                new SetupRequest(new BigDecimal("60"), new BigDecimal("25"), new BigDecimal("15"), SocialValueMethod.MARKS,
                        false, null, List.of(new CriterionRequest(strict.ppn0620.id().value(), "MAC 2.2",
                                new BigDecimal("100"), null)), null, null, null, null)));
        assertEquals("social-value-below-minimum", twenty.code());
        assertTrue(twenty.getMessage().contains("minimum weighting for social value is 20 %"), twenty.getMessage());
    }

    @Test
    void aCriterionMustExistInItsFramework() {
        TenderReference tender = openTender(LocalDate.of(2026, 3, 31));
        DomainException unknown = refused(Kind.RULE_VIOLATED, "invalid-criteria", () -> s.setup.configure(BUYER, tender, 0,
                new SetupRequest(new BigDecimal("60"), new BigDecimal("30"), new BigDecimal("10"), SocialValueMethod.MARKS,
                        false, null, List.of(new CriterionRequest(s.ppn0620.id().value(), "MAC 9.9", new BigDecimal("100"),
                                null)), null, null, null, null)));
        assertEquals("criteria[0].criterion", unknown.fieldErrors().get(0).field());
    }

    @Test
    void criterionWeightsMustSumToOneHundred() {
        TenderReference tender = openTender(LocalDate.of(2026, 3, 31));
        refused(Kind.RULE_VIOLATED, "criterion-weights-not-100", () -> s.setup.configure(BUYER, tender, 0,
                new SetupRequest(new BigDecimal("60"), new BigDecimal("30"), new BigDecimal("10"), SocialValueMethod.MARKS,
                        false, null, List.of(new CriterionRequest(s.ppn0620.id().value(), "MAC 2.2", new BigDecimal("90"),
                                null)), null, null, null, null)));
    }

    @Test
    void theQuantitativeMethodNeedsACatalogue() {
        TenderReference tender = openTender(LocalDate.of(2026, 3, 31));
        refused(Kind.RULE_VIOLATED, "catalogue-required", () -> s.setup.configure(BUYER, tender, 0, new SetupRequest(
                new BigDecimal("60"), new BigDecimal("30"), new BigDecimal("10"), SocialValueMethod.QUANTITATIVE, false, null,
                List.of(new CriterionRequest(s.ppn0620.id().value(), "MAC 2.2", new BigDecimal("100"), null)), null, null,
                null, null)));
    }

    @Test
    void onlyTheTendersBuyerSetsUpScoring() {
        TenderReference tender = openTender(LocalDate.of(2026, 3, 31));
        refused(Kind.NOT_PERMITTED, "not-the-buyer", () -> s.setup.configure(OTHER_BUYER, tender, 0,
                marksSetup("10", List.of())));
        refused(Kind.NOT_PERMITTED, "role-required", () -> s.setup.configure(SUPPLIER_1, tender, 0,
                marksSetup("10", List.of())));
    }

    @Test
    void aSetupMadeAgainstAnotherVersionIsStale() {
        TenderReference tender = openTender(LocalDate.of(2026, 3, 31));
        refused(Kind.STALE, "stale-version", () -> s.setup.configure(BUYER, tender, 3, marksSetup("10", List.of())));
    }

    @Test
    void aMarkedTenderFromBidsToAwardWithItsVisibilityRules() {
        s.kernel.register("GB-COH-09000003", OrganisationKind.SUPPLIER, "Thames Cleaning Ltd", THAMES_VALLEY);
        TenderReference tender = openTender(LocalDate.of(2026, 3, 31));
        s.setup.configure(BUYER, tender, 0, marksSetup("20", List.of("eve", "bea")));
        s.submittedSpo(SUPPLIER_1, provision, tender, List.of(hours("100")));
        Bid one = s.bidding.submitBid(SUPPLIER_1, tender, new BidRequest(new BigDecimal("100000"), null, null));
        assertEquals(1, one.spos().size(), "the supplier's submitted SPOs are taken when none are named");
        assertEquals(1, one.commitments().size());
        Bid two = s.bidding.submitBid(SUPPLIER_2, tender, new BidRequest(new BigDecimal("80000"), List.of(),
                "Social value proposition in our tender response, section 7"));
        assertTrue(two.evidenceOnly());
        refused(Kind.RULE_VIOLATED, "bid-without-social-value", () -> s.bidding.submitBid(SUPPLIER_3, tender,
                new BidRequest(new BigDecimal("90000"), null, null)));
        refused(Kind.CONFLICT, "bid-exists", () -> s.bidding.submitBid(SUPPLIER_1, tender,
                new BidRequest(new BigDecimal("1"), null, "x")));
        refused(Kind.CONFLICT, "scoring-setup-fixed", () -> s.setup.configure(BUYER, tender, 1, marksSetup("10", List.of())));
        // the framework the tender draws from is frozen; an unused one may still be corrected
        refused(Kind.CONFLICT, "framework-in-use", () -> s.frameworks.replace(ADMIN, s.ppn0620.id(),
                s.ppn0620.definition()));
        s.frameworks.replace(ADMIN, s.ppn002.id(), s.ppn002.definition());

        // who sees the bids
        assertEquals(2, s.evaluations.bids(BUYER, tender).size());
        assertEquals(2, s.evaluations.bids(EVE, tender).size(), "a named evaluator of another organisation");
        assertEquals(List.of(one.id()), s.evaluations.bids(SUPPLIER_1, tender).stream().map(Bid::id).toList());
        refused(Kind.NOT_FOUND, "bid-not-found", () -> s.evaluations.bid(SUPPLIER_1, tender, two.id()));
        refused(Kind.NOT_PERMITTED, "not-the-buyer", () -> s.evaluations.bids(OTHER_BUYER, tender));
        refused(Kind.NOT_PERMITTED, "not-the-buyer", () -> s.evaluations.bids(PROVIDER_1, tender));

        // marking waits for the closing; only evaluators mark; marks lie on the scale
        refused(Kind.CONFLICT, "evaluation-not-open", () -> s.marking.mark(EVE, tender, one.id(), 0, "MAC 2.2", 70, null));
        s.kernel.clock.moveTo(LocalDate.of(2026, 4, 1));
        refused(Kind.INVALID_INPUT, "mark-not-on-scale", () -> s.marking.mark(EVE, tender, one.id(), 1, "MAC 2.2",
                60, null));
        refused(Kind.NOT_FOUND, "criterion-not-found", () -> s.marking.mark(EVE, tender, one.id(), 1, "MAC 1.1",
                70, null));
        Actor bill = TestKernel.user("bill", TestKernel.BUYER_ID, Role.BUYER);
        refused(Kind.NOT_PERMITTED, "not-an-evaluator", () -> s.marking.mark(bill, tender, one.id(), 0, "MAC 2.2",
                70, null));
        Bid marked = s.marking.mark(EVE, tender, one.id(), 1, "MAC 2.2", 70, "good local plan");
        marked = s.marking.mark(BUYER, tender, one.id(), marked.version(), "MAC 2.2", 50, null);
        refused(Kind.STALE, "stale-version", () -> s.marking.mark(EVE, tender, one.id(), 1, "MAC 8.1", 70, null));
        // the moderator is a user of the buyer, not a named evaluator of another organisation
        long v = marked.version();
        refused(Kind.NOT_PERMITTED, "not-the-buyer", () -> s.marking.consensus(EVE, tender, one.id(), v, "MAC 2.2",
                70, null));
        marked = s.marking.consensus(bill, tender, one.id(), v, "MAC 2.2", 70, "agreed");
        marked = s.marking.consensus(bill, tender, one.id(), marked.version(), "MAC 8.1", 100, null);
        marked = s.marking.setQuality(BUYER, tender, one.id(), marked.version(), new BigDecimal("75"));
        Bid second = s.marking.consensus(BUYER, tender, two.id(), 1, "MAC 2.2", 50, null);
        second = s.marking.consensus(BUYER, tender, two.id(), second.version(), "MAC 8.1", 20, null);
        s.marking.setQuality(BUYER, tender, two.id(), second.version(), new BigDecimal("80"));
        assertEquals(2, s.evaluations.bid(BUYER, tender, one.id()).marks().size(), "individual marks are kept");

        // evaluation: weights 60/20/20
        // one: price 60 × 80000/100000 = 48; quality 20 × 0.75 = 15; SV 20 × (0.6 × 0.7 + 0.4 × 1.0) = 16.4 → 79.4
        // two: price 60; quality 20 × 0.8 = 16; SV 20 × (0.6 × 0.5 + 0.4 × 0.2) = 7.6 → 83.6
        Evaluation evaluation = s.evaluations.evaluation(BUYER, tender);
        assertTrue(evaluation.complete(), evaluation.gaps().toString());
        BidResult first = evaluation.results().get(0);
        BidResult runnerUp = evaluation.results().get(1);
        assertEquals(two.id(), first.bid());
        assertEquals(83.6, first.total(), 1e-9);
        assertEquals(79.4, runnerUp.total(), 1e-9);
        assertEquals(2, runnerUp.rank());
        assertEquals(Basis.CONSENSUS, runnerUp.criteria().get(0).basis());
        // HOW & WHERE: 100 hours at £12.21 (2025, the latest year before the 2026 commitment) inside Thames Valley
        assertEquals(new BigDecimal("1221.00"), runnerUp.howWhere().committedValue());
        assertEquals(1.0, runnerUp.howWhere().share(), 1e-9);
        assertEquals(List.of(provision), runnerUp.howWhere().provisions().stream().map(p -> p.value()).toList());
        assertEquals(2025, runnerUp.commitments().get(0).commitment().proxy().year());

        // suppliers: nothing before award; their own bid only after
        refused(Kind.NOT_PERMITTED, "evaluation-not-available", () -> s.evaluations.evaluation(SUPPLIER_1, tender));
        refused(Kind.NOT_FOUND, "bid-not-found", () -> s.evaluations.evaluation(SUPPLIER_3, tender));
        refused(Kind.NOT_PERMITTED, "not-the-buyer", () -> s.evaluations.evaluation(PROVIDER_1, tender));
        s.kernel.tenders.award(BUYER, tender, new OrganisationId(TestKernel.SUPPLIER_2_ID));
        Evaluation own = s.evaluations.evaluation(SUPPLIER_1, tender);
        assertEquals(1, own.results().size());
        assertEquals(one.id(), own.results().get(0).bid());
        assertEquals(2, own.results().get(0).rank());
        refused(Kind.CONFLICT, "tender-awarded", () -> s.marking.consensus(BUYER, tender, one.id(), 99, "MAC 2.2",
                0, null));
        String text = new String(s.evaluationDocument.document(BUYER, tender), StandardCharsets.UTF_8);
        assertTrue(text.contains("1 Reading Office Supplies Ltd 83.60"), "suppliers are named: " + text);
    }

    @Test
    void quantitativeScoringUsesEachCommitmentsProxyYearFrozenInTheBid() {
        // a local catalogue with the buyer's own volunteering value for 2026 and 2027
        Catalogue local = s.catalogues.deriveLocal(BUYER, s.illustrative.id(), "TVP values", "2026");
        local = s.catalogues.setProxy(BUYER, local.id(), 1, "DI-ILL-VOL", 2026, new BigDecimal("12.50"),
                "TVP volunteering value 2026");
        local = s.catalogues.setProxy(BUYER, local.id(), 2, "DI-ILL-VOL", 2027, new BigDecimal("13.00"),
                "TVP volunteering value 2027");
        TenderReference tender = openTender(LocalDate.of(2027, 1, 31));
        s.setup.configure(BUYER, tender, 0, new SetupRequest(new BigDecimal("60"), new BigDecimal("30"),
                new BigDecimal("10"), SocialValueMethod.QUANTITATIVE, false, null, List.of(new CriterionRequest(
                        s.ppn0620.id().value(), "MAC 8.1", new BigDecimal("100"), null)), local.id().value(), null, null,
                null));
        s.kernel.clock.moveTo(LocalDate.of(2026, 12, 15));
        SpoReference spoA = s.submittedSpo(SUPPLIER_1, provision, tender, List.of(hours("100")));
        Bid a = s.bidding.submitBid(SUPPLIER_1, tender, new BidRequest(new BigDecimal("100000"), null, null));
        s.kernel.clock.moveTo(LocalDate.of(2027, 1, 10));
        s.submittedSpo(SUPPLIER_2, provision, tender, List.of(hours("100"), pounds("50", "NT1")));
        Bid b = s.bidding.submitBid(SUPPLIER_2, tender, new BidRequest(new BigDecimal("100000"), null, null));
        // a: 100 h × £12.50 (2026) = £1,250.00; b: 100 h × £13.00 (2027) = £1,300.00 (NT1 is not in the catalogue)
        assertEquals(new BigDecimal("1250.00"), a.commitments().get(0).grossValue());
        assertEquals(2026, a.commitments().get(0).proxy().year());
        assertEquals(new BigDecimal("1300.00"), b.commitments().get(0).grossValue());
        assertEquals(2027, b.commitments().get(0).proxy().year());
        assertEquals("TVP volunteering value 2027", b.commitments().get(0).proxy().source());

        // the buyer revalues 2026 afterwards: the bid keeps the value frozen at its date of commitment
        s.catalogues.setProxy(BUYER, local.id(), 3, "DI-ILL-VOL", 2026, new BigDecimal("20.00"), "revised");
        s.kernel.clock.moveTo(LocalDate.of(2027, 2, 1));
        Evaluation evaluation = s.evaluations.evaluation(BUYER, tender);
        BidResult ra = evaluation.result(a.id()).orElseThrow();
        BidResult rb = evaluation.result(b.id()).orElseThrow();
        // social value 10 × 1250/1300 = 9.615384…; b gets the full 10
        assertEquals(10.0 * 1250 / 1300, ra.socialValueScore(), 1e-9);
        assertEquals(10.0, rb.socialValueScore(), 1e-9);
        assertEquals(Basis.PROXY_VALUE, ra.criteria().get(0).basis());
        assertEquals(1300.0, ra.criteria().get(0).best(), 1e-9);
        assertEquals("MAC 8.1", rb.commitments().get(0).criterionId());
        assertEquals(null, rb.commitments().get(1).criterionId(), "NT1 counts towards no criterion");
        assertEquals(1, rb.rank());
        // the SPO's SROI uses the frozen value too (1250.00 / 1.035); naming the catalogue revalues it (2000.00 / 1.035)
        assertEquals(new BigDecimal("1207.73"), s.sroi.ofSpo(SUPPLIER_1, spoA, Optional.empty(), Optional.empty())
                .grossPresentValue());
        assertEquals(new BigDecimal("1932.37"), s.sroi.ofSpo(BUYER, spoA, Optional.of(local.id()), Optional.empty())
                .grossPresentValue());
        assertEquals(null, s.sroi.ofSpo(SUPPLIER_1, spoA, Optional.empty(), Optional.empty()).grossRatio(),
                "no money invested: no ratio");
        // neither bid has a quality score yet
        assertEquals(List.of(a.id() + ": no quality score", b.id() + ": no quality score").stream().sorted().toList(),
                evaluation.gaps());
    }

    @Test
    void perPoundDividesEachBidsValueByItsPriceAndEvidenceOnlyBidsAreMarked() {
        TenderReference tender = openTender(LocalDate.of(2026, 3, 31));
        s.setup.configure(BUYER, tender, 0, new SetupRequest(new BigDecimal("50"), new BigDecimal("30"),
                new BigDecimal("20"), SocialValueMethod.QUANTITATIVE, true, null, List.of(new CriterionRequest(
                        s.ppn0620.id().value(), "MAC 8.1", new BigDecimal("100"), List.of("DI-ILL-FIN"))),
                s.illustrative.id().value(), null, null, null));
        s.submittedSpo(SUPPLIER_1, provision, tender, List.of(pounds("2000", "DI-ILL-FIN")));
        Bid a = s.bidding.submitBid(SUPPLIER_1, tender, new BidRequest(new BigDecimal("100000"), null, null));
        s.submittedSpo(SUPPLIER_2, provision, tender, List.of(pounds("1500", "DI-ILL-FIN")));
        Bid b = s.bidding.submitBid(SUPPLIER_2, tender, new BidRequest(new BigDecimal("50000"), null, null));
        s.kernel.register("GB-COH-09000003", OrganisationKind.SUPPLIER, "Thames Cleaning Ltd", THAMES_VALLEY);
        Bid c = s.bidding.submitBid(SUPPLIER_3, tender, new BidRequest(new BigDecimal("50000"), null, "Our charter, p. 4"));
        s.kernel.clock.moveTo(LocalDate.of(2026, 4, 1));
        s.marking.consensus(BUYER, tender, c.id(), 1, "MAC 8.1", 50, null);
        Evaluation evaluation = s.evaluations.evaluation(BUYER, tender);
        // per pound: a 2000/100000 = 0.02, b 1500/50000 = 0.03 (best) → a 20 × 2/3, b 20; c marked 50 → 10
        assertEquals(20.0 * 0.02 / 0.03, evaluation.result(a.id()).orElseThrow().socialValueScore(), 1e-9);
        assertEquals(20.0, evaluation.result(b.id()).orElseThrow().socialValueScore(), 1e-9);
        BidResult evidence = evaluation.result(c.id()).orElseThrow();
        assertEquals(10.0, evidence.socialValueScore(), 1e-9);
        assertEquals(Basis.EVIDENCE_MARK, evidence.criteria().get(0).basis());
        assertEquals(Basis.PROXY_VALUE_PER_POUND, evaluation.result(a.id()).orElseThrow().criteria().get(0).basis());
        assertTrue(evidence.evidenceOnly());
        assertEquals(Optional.empty(), evidence.commitments().stream().findAny());
    }

    private static DomainException refused(Kind kind, String code, Executable action) {
        DomainException e = assertThrows(DomainException.class, action);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }
}
