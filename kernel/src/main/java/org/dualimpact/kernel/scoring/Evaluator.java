package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.scoring.Evaluation.Basis;
import org.dualimpact.kernel.scoring.Evaluation.BidResult;
import org.dualimpact.kernel.scoring.Evaluation.CommitmentLine;
import org.dualimpact.kernel.scoring.Evaluation.CriterionLine;
import org.dualimpact.kernel.scoring.Evaluation.HowWhere;
import org.dualimpact.kernel.scoring.Evaluation.TieBreak;

/**
 * Scores a tender's bids. A pure function of its inputs: the same setup and bids give the same
 * evaluation, in any order of the bids. The rules (README, "Tender scoring rules"):
 *
 * <ol>
 * <li><b>Price</b> (relative): price weight × lowest price ÷ bid price. Equal prices score the same.
 *     A bid of £0.00 scores the full price weight and every bid above £0.00 scores 0 (the limit of the
 *     formula as the lowest price falls to 0).</li>
 * <li><b>Quality</b>: quality weight × the bid's quality score (0–100) ÷ 100. A missing quality score
 *     counts 0 and the evaluation is incomplete.</li>
 * <li><b>Social value, marks</b>: for each criterion, social value weight × criterion weight ÷ 100 ×
 *     mark ÷ full marks of the scale. The mark is the moderator's consensus; without consensus the mean
 *     of the evaluators' marks (provisional, listed as a gap); without any mark 0 (a gap).</li>
 * <li><b>Social value, quantitative</b>: each commitment line counts towards the first criterion (in
 *     the tender's order) whose measures include its measure, with its net proxy value × local
 *     weight; per criterion, social value weight × criterion weight ÷ 100 × the bid's value ÷ the best
 *     bid's value (0 when no bid has value). Per pound: each bid's value is first divided by its price
 *     in pounds (at least £1). A bid without SPO (evidence only) is marked on its evidence under rule 3
 *     instead. Lines whose measure no criterion includes, or without proxy, count nowhere (shown).</li>
 * <li><b>Total</b> = price + quality + social value points. <b>Rank</b> by total, highest first.
 *     Totals equal to 6 decimal places tie; a tie is broken by the higher social value score, then
 *     the higher quality score, then the lower price; bids still equal share the rank (the next rank
 *     is skipped: 1, 1, 3) and are marked UNRESOLVED for the buyer to decide.</li>
 * </ol>
 */
public final class Evaluator {

    static final double KEY_SCALE = 1e6;
    static final int MAX_GAPS = 1000;

    private Evaluator() {
    }

    public static Evaluation evaluate(TenderScoring setup, List<Bid> bidList) {
        Bid[] bids = bidList.toArray(new Bid[0]);
        int n = bids.length;
        List<ScoringCriterion> criteria = setup.criteria();
        int k = criteria.size();
        Map<String, Integer> criterionIndex = new HashMap<>();
        for (int c = 0; c < k; c++) {
            criterionIndex.put(criteria.get(c).criterionId(), c);
        }
        double priceWeight = setup.weights().price().doubleValue();
        double qualityWeight = setup.weights().quality().doubleValue();
        double svWeight = setup.weights().socialValue().doubleValue();
        double[] criterionWeight = new double[k];
        for (int c = 0; c < k; c++) {
            criterionWeight[c] = criteria.get(c).weight().doubleValue();
        }
        double scaleMax = setup.scale().max();
        boolean quantitative = setup.method() == SocialValueMethod.QUANTITATIVE;
        List<String> gaps = new ArrayList<>();
        int[] gapCount = {0};

        // price
        BigDecimal lowest = null;
        for (Bid bid : bids) {
            if (lowest == null || bid.price().amount().compareTo(lowest) < 0) {
                lowest = bid.price().amount();
            }
        }
        double lowestPrice = lowest == null ? 0 : lowest.doubleValue();

        // quantitative values per bid and criterion
        Map<String, Integer> measureCriterion = setup.criterionOfMeasure();
        double[][] values = new double[n][];
        String[][] lineCriterion = new String[n][];
        double[] best = new double[k];
        if (quantitative) {
            for (int b = 0; b < n; b++) {
                Bid bid = bids[b];
                values[b] = new double[k];
                List<ValuedCommitment> lines = bid.commitments();
                lineCriterion[b] = new String[lines.size()];
                if (bid.evidenceOnly()) {
                    continue;
                }
                for (int l = 0; l < lines.size(); l++) {
                    ValuedCommitment line = lines.get(l);
                    Integer c = measureCriterion.get(line.measureCode().toLowerCase(Locale.ROOT));
                    if (c != null && line.netValue() != null) {
                        values[b][c] += line.scoringValue().doubleValue();
                        lineCriterion[b][l] = criteria.get(c).criterionId();
                    }
                }
                if (setup.perPound()) {
                    double pounds = Math.max(1.0, bid.price().amount().doubleValue());
                    for (int c = 0; c < k; c++) {
                        values[b][c] /= pounds;
                    }
                }
                for (int c = 0; c < k; c++) {
                    best[c] = Math.max(best[c], values[b][c]);
                }
            }
        }

        BidResult[] results = new BidResult[n];
        double[] totals = new double[n];
        double[] svScores = new double[n];
        double[] qualityScores = new double[n];
        for (int b = 0; b < n; b++) {
            Bid bid = bids[b];
            double price = bid.price().amount().doubleValue();
            double priceScore;
            if (lowestPrice == 0) {
                priceScore = price == 0 ? priceWeight : 0;
            } else {
                priceScore = priceWeight * lowestPrice / price;
            }
            Double quality = bid.quality().map(BigDecimal::doubleValue).orElse(null);
            double qualityScore = quality == null ? 0 : qualityWeight * quality / 100.0;
            if (quality == null && qualityWeight > 0) {
                gap(gaps, gapCount, bid.id() + ": no quality score");
            }

            // marks of this bid, by criterion
            double[] consensus = new double[k];
            Arrays.fill(consensus, Double.NaN);
            double[] markSum = new double[k];
            int[] markCount = new int[k];
            for (Consensus agreed : bid.consensus()) {
                Integer c = criterionIndex.get(agreed.criterionId());
                if (c != null) {
                    consensus[c] = agreed.mark();
                }
            }
            for (Mark mark : bid.marks()) {
                Integer c = criterionIndex.get(mark.criterionId());
                if (c != null) {
                    markSum[c] += mark.mark();
                    markCount[c]++;
                }
            }

            List<CriterionLine> lines = new ArrayList<>(k);
            double sv = 0;
            for (int c = 0; c < k; c++) {
                ScoringCriterion criterion = criteria.get(c);
                double share = svWeight * criterionWeight[c] / 100.0;
                Basis basis;
                Double mark = null;
                double value;
                double bestValue;
                double fraction;
                if (quantitative && !bid.evidenceOnly()) {
                    basis = setup.perPound() ? Basis.PROXY_VALUE_PER_POUND : Basis.PROXY_VALUE;
                    value = values[b][c];
                    bestValue = best[c];
                    fraction = bestValue > 0 ? value / bestValue : 0;
                } else {
                    if (!Double.isNaN(consensus[c])) {
                        basis = quantitative ? Basis.EVIDENCE_MARK : Basis.CONSENSUS;
                        mark = consensus[c];
                    } else if (markCount[c] > 0) {
                        basis = quantitative ? Basis.EVIDENCE_MARK : Basis.MEAN_OF_MARKS;
                        mark = markSum[c] / markCount[c];
                        gap(gaps, gapCount, bid.id() + ": " + criterion.criterionId() + " has " + markCount[c]
                                + " evaluator mark(s) but no consensus; their mean counts for now");
                    } else {
                        basis = Basis.MISSING;
                        gap(gaps, gapCount, bid.id() + ": no mark for " + criterion.criterionId());
                    }
                    value = mark == null ? 0 : mark;
                    bestValue = scaleMax;
                    fraction = mark == null ? 0 : mark / scaleMax;
                }
                double points = share * fraction;
                sv += points;
                lines.add(new CriterionLine(criterion.criterionId(), criterion.title(), criterion.provisional(),
                        criterion.weight(), basis, mark, markCount[c], value, bestValue, fraction, points));
            }

            List<CommitmentLine> commitmentLines = new ArrayList<>(bid.commitments().size());
            BigDecimal committed = BigDecimal.ZERO;
            BigDecimal inside = BigDecimal.ZERO;
            BigDecimal net = BigDecimal.ZERO;
            List<ValuedCommitment> valued = bid.commitments();
            for (int l = 0; l < valued.size(); l++) {
                ValuedCommitment line = valued.get(l);
                commitmentLines.add(new CommitmentLine(line, quantitative ? lineCriterion[b][l] : null));
                BigDecimal value = line.committedValue();
                committed = committed.add(value);
                if (line.insideTerritory()) {
                    inside = inside.add(value);
                }
                if (line.netValue() != null) {
                    net = net.add(line.netValue());
                }
            }
            double shareInside = committed.signum() == 0 ? 0 : inside.doubleValue() / committed.doubleValue();
            List<ProvisionId> provisions = bid.provisions().stream().sorted(Comparator.comparing(ProvisionId::value)).toList();
            double total = priceScore + qualityScore + sv;
            totals[b] = total;
            svScores[b] = sv;
            qualityScores[b] = qualityScore;
            results[b] = new BidResult(bid.id(), bid.supplier(), bid.price(), bid.evidenceOnly(), bid.evidence(), priceScore,
                    lowestPrice, quality, qualityScore, sv, total, 0, TieBreak.NONE, net, lines, commitmentLines,
                    new HowWhere(committed, inside, shareInside, provisions));
        }
        Collections.sort(gaps);
        return new Evaluation(setup.tender(), setup, rank(bids, results, totals, svScores, qualityScores), gaps.isEmpty(),
                gapCount[0] > MAX_GAPS ? withMore(gaps, gapCount[0]) : gaps);
    }

    private static List<BidResult> rank(Bid[] bids, BidResult[] results, double[] totals, double[] sv, double[] quality) {
        int n = results.length;
        long[][] keys = new long[n][];
        for (int b = 0; b < n; b++) {
            keys[b] = new long[] {key(totals[b]), key(sv[b]), key(quality[b]), -bids[b].price().pence()};
        }
        Integer[] order = new Integer[n];
        for (int b = 0; b < n; b++) {
            order[b] = b;
        }
        Comparator<Integer> byKeys = (x, y) -> {
            for (int i = 0; i < 4; i++) {
                int cmp = Long.compare(keys[y][i], keys[x][i]);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        };
        // bids fully equal are listed by identifier, so the listing does not depend on the input order
        Arrays.sort(order, byKeys.thenComparing(b -> bids[b].id().value()));
        List<BidResult> ranked = new ArrayList<>(n);
        int rank = 0;
        int groupStart = 0;
        for (int i = 0; i < n; i++) {
            int b = order[i];
            if (i == 0 || byKeys.compare(order[i - 1], b) != 0) {
                rank = i + 1;
            }
            if (i > 0 && keys[order[i - 1]][0] != keys[b][0]) {
                groupStart = i;
            }
            int groupEnd = i + 1;
            while (groupEnd < n && keys[order[groupEnd]][0] == keys[b][0]) {
                groupEnd++;
            }
            TieBreak tie = TieBreak.NONE;
            for (int g = groupStart; g < groupEnd; g++) {
                int j = order[g];
                if (j == b) {
                    continue;
                }
                TieBreak settled = keys[j][1] != keys[b][1] ? TieBreak.SOCIAL_VALUE : keys[j][2] != keys[b][2]
                        ? TieBreak.QUALITY : keys[j][3] != keys[b][3] ? TieBreak.PRICE : TieBreak.UNRESOLVED;
                if (settled.ordinal() > tie.ordinal()) {
                    tie = settled;
                }
            }
            BidResult r = results[b];
            ranked.add(new BidResult(r.bid(), r.supplier(), r.price(), r.evidenceOnly(), r.evidence(), r.priceScore(),
                    r.lowestPrice(), r.quality(), r.qualityScore(), r.socialValueScore(), r.total(), rank, tie, r.netValue(),
                    r.criteria(), r.commitments(), r.howWhere()));
        }
        return ranked;
    }

    static long key(double score) {
        return Math.round(score * KEY_SCALE);
    }

    private static void gap(List<String> gaps, int[] count, String gap) {
        count[0]++;
        if (gaps.size() < MAX_GAPS) {
            gaps.add(gap);
        }
    }

    private static List<String> withMore(List<String> gaps, int total) {
        List<String> out = new ArrayList<>(gaps);
        out.add("… and " + (total - gaps.size()) + " more");
        return out;
    }
}
