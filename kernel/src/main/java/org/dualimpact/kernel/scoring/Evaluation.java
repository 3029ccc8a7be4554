package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.tender.TenderReference;

/**
 * The evaluation of a tender's bids, computed by {@link Evaluator} from stored inputs only (the setup,
 * the bids with their frozen commitment values, quality scores, marks and consensus), so computing it
 * again gives the same result. Scores are in points of the total (0–100); every bid has a line per
 * part of its score. {@code complete} is false while any mark or quality score is missing; each gap
 * is listed.
 */
public record Evaluation(TenderReference tender, TenderScoring setup, List<BidResult> results, boolean complete,
        List<String> gaps) {

    public Evaluation {
        results = List.copyOf(results);
        gaps = List.copyOf(gaps);
    }

    /** How the social value points of a criterion were earned. */
    public enum Basis {
        /** The moderator's consensus mark. */
        CONSENSUS,
        /** No consensus yet: the mean of the evaluators' marks (provisional). */
        MEAN_OF_MARKS,
        /** No mark at all: 0 points until marked. */
        MISSING,
        /** Net proxy value relative to the best bid (quantitative method). */
        PROXY_VALUE,
        /** Net proxy value per pound of the bid price relative to the best bid (quantitative, per pound). */
        PROXY_VALUE_PER_POUND,
        /** A bid without SPO in a quantitative tender: marked on the evidence it references. */
        EVIDENCE_MARK
    }

    /** One criterion of one bid: which mark or value, against which best, which weight, how many points. */
    public record CriterionLine(String criterionId, String title, boolean provisional, BigDecimal weight, Basis basis,
            Double mark, int markCount, double value, double best, double fraction, double points) {
    }

    /** One commitment line of a bid and the criterion it counted towards (null: towards none). */
    public record CommitmentLine(ValuedCommitment commitment, String criterionId) {
    }

    /** HOW &amp; WHERE: committed value, the part delivered inside the tender's territory, its share, the provisions supported. */
    public record HowWhere(BigDecimal committedValue, BigDecimal insideTerritory, double share, List<ProvisionId> provisions) {
    }

    /** How a tie on the total was settled. */
    public enum TieBreak {
        NONE, SOCIAL_VALUE, QUALITY, PRICE, UNRESOLVED
    }

    /** The result of one bid. */
    public record BidResult(BidId bid, OrganisationId supplier, Money price, boolean evidenceOnly, String evidence,
            double priceScore, double lowestPrice, Double quality, double qualityScore, double socialValueScore,
            double total, int rank, TieBreak tieBreak, BigDecimal netValue, List<CriterionLine> criteria,
            List<CommitmentLine> commitments, HowWhere howWhere) {

        public boolean qualityMissing() {
            return quality == null;
        }
    }

    public Optional<BidResult> result(BidId bid) {
        return results.stream().filter(r -> r.bid().equals(bid)).findFirst();
    }

    /** The same evaluation showing one bid only (what its supplier sees after award). */
    public Evaluation only(BidId bid) {
        return new Evaluation(tender, setup, results.stream().filter(r -> r.bid().equals(bid)).toList(), complete,
                List.of());
    }
}
