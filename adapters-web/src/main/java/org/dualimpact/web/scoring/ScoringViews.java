package org.dualimpact.web.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.dualimpact.documents.Pounds;
import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.scoring.Bid;
import org.dualimpact.kernel.scoring.Evaluation;
import org.dualimpact.kernel.scoring.Evaluation.BidResult;
import org.dualimpact.kernel.scoring.Evaluation.CommitmentLine;
import org.dualimpact.kernel.scoring.Evaluation.CriterionLine;
import org.dualimpact.kernel.scoring.Evaluator;
import org.dualimpact.kernel.scoring.MarkSheets;
import org.dualimpact.kernel.scoring.ScaleBand;
import org.dualimpact.kernel.scoring.ScoringCriterion;
import org.dualimpact.kernel.scoring.ScoringSetup;
import org.dualimpact.kernel.scoring.SocialValueMethod;
import org.dualimpact.kernel.scoring.TenderScoring;
import org.dualimpact.kernel.scoring.ValuedCommitment;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.sroi.SroiResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/**
 * The JSON shapes of tender scoring: setup, bids, marks, evaluation (with a line-by-line explanation
 * in words for every bid) and SROI. Scores are rounded to 4 decimals for display; ranks come from
 * the exact values (see {@link Evaluator}).
 */
public final class ScoringViews {

    private ScoringViews() {
    }

    // ---------------------------------------------------------------- requests

    /** The weights in percent. */
    public record WeightsRequest(@NotNull(message = "price is required") BigDecimal price,
            @NotNull(message = "quality is required") BigDecimal quality,
            @NotNull(message = "socialValue is required") BigDecimal socialValue) {
    }

    /** One band of a marking scale. */
    public record BandRequest(@NotNull(message = "mark is required") Integer mark,
            @NotNull(message = "description is required") @Size(max = 1000) String description) {
    }

    /** One social value criterion: framework edition id, criterion id, weight in the social value part, measures. */
    public record CriterionRequest(@NotNull(message = "framework is required") @Size(max = 60) String framework,
            @NotNull(message = "criterion is required") @Size(max = 40) String criterion,
            @NotNull(message = "weight is required") BigDecimal weight, @Size(max = 500) List<String> measures) {
    }

    /** SROI adjustments, fractions 0–1. */
    public record AdjustmentsRequest(BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution,
            BigDecimal dropOff) {
    }

    /** The scoring setup a buyer sends. */
    public record SetupRequest(@NotNull(message = "weights are required") @Valid WeightsRequest weights,
            @NotNull(message = "method is required (MARKS or QUANTITATIVE)") String method,
            @Schema(type = SchemaType.BOOLEAN, description = "QUANTITATIVE only: whether value is scored per pound of price") JsonValue perPound,
            @Size(max = 11) List<@Valid BandRequest> scale, @Size(max = 100) List<@Valid CriterionRequest> criteria,
            @Size(max = 60) String catalogue, AdjustmentsRequest adjustments, Integer benefitYears,
            @Size(max = 50) List<String> evaluators) {

        public ScoringSetup.SetupRequest toKernel() {
            SocialValueMethod chosen;
            try {
                chosen = SocialValueMethod.valueOf(method.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid("method", "must be MARKS or QUANTITATIVE");
            }
            Adjustments adjust;
            try {
                adjust = adjustments == null ? null : new Adjustments(adjustments.deadweight(), adjustments.displacement(),
                        adjustments.attribution(), adjustments.dropOff());
            } catch (IllegalArgumentException e) {
                throw invalid("adjustments", e.getMessage());
            }
            List<ScaleBand> bands = new ArrayList<>();
            if (scale != null) {
                for (int i = 0; i < scale.size(); i++) {
                    try {
                        bands.add(new ScaleBand(scale.get(i).mark(), scale.get(i).description()));
                    } catch (IllegalArgumentException e) {
                        throw invalid("scale[" + i + "]", e.getMessage());
                    }
                }
            }
            return new ScoringSetup.SetupRequest(weights.price(), weights.quality(), weights.socialValue(), chosen,
                    bool("perPound", perPound), bands, criteria == null ? List.of() : criteria.stream()
                            .map(c -> new ScoringSetup.CriterionRequest(c.framework(), c.criterion(), c.weight(),
                                    c.measures()))
                            .toList(), catalogue, adjust, benefitYears, evaluators);
        }
    }

    /** A supplier's bid: price, the SPOs it carries (all submitted to the tender when left out) or other evidence. */
    public record BidRequest(@NotNull(message = "price is required") BigDecimal price, @Size(max = 50) List<String> spos,
            @Size(max = 2000) String evidence) {
    }

    /** A quality score, 0–100. */
    public record QualityRequest(@NotNull(message = "quality is required") BigDecimal quality) {
    }

    /** An evaluator's mark of a criterion. */
    public record MarkRequest(@NotNull(message = "criterion is required") @Size(max = 40) String criterion,
            @NotNull(message = "mark is required") Integer mark, @Size(max = 2000) String note) {
    }

    /** One line of an evaluator's mark sheet: a bid, a criterion, the mark and its justification. */
    public record SheetMarkRequest(@NotNull(message = "bid is required") @Size(max = 60) String bid,
            @NotNull(message = "criterion is required") @Size(max = 40) String criterion,
            @NotNull(message = "mark is required") Integer mark, @Size(max = 2000) String note) {
    }

    /** An evaluator's marks of many bids and criteria, saved together. */
    public record MarkSheetRequest(@NotNull(message = "marks are required") @Size(max = 10000)
            List<@NotNull(message = "a mark line is required") @Valid SheetMarkRequest> marks) {

        public List<MarkSheets.MarkRequest> toKernel() {
            return marks.stream().map(m -> new MarkSheets.MarkRequest(m.bid(), m.criterion(), m.mark(), m.note())).toList();
        }
    }

    /** A moderator's consensus mark. */
    public record ConsensusRequest(@NotNull(message = "mark is required") Integer mark, @Size(max = 2000) String note) {
    }

    static boolean bool(String field, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw invalid(field, "must be true or false");
    }

    static DomainException invalid(String field, String message) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-scoring", "The scoring setup cannot be "
                + "saved as given.", List.of(new FieldError(field, message)));
    }

    // ---------------------------------------------------------------- setup

    /** A band of the scale. */
    public record BandView(int mark, String description) {
    }

    /** A criterion of the setup. */
    public record CriterionView(String framework, String frameworkKey, String frameworkLabel, String criterion, String title,
            boolean provisional, BigDecimal weight, List<String> measures) {
        static CriterionView of(ScoringCriterion c) {
            return new CriterionView(c.framework().value(), c.frameworkKey(), c.frameworkLabel(), c.criterionId(), c.title(),
                    c.provisional(), c.weight(), c.measures());
        }
    }

    /** A tender's scoring setup. */
    public record SetupView(String tender, BigDecimal priceWeight, BigDecimal qualityWeight, BigDecimal socialValueWeight,
            BigDecimal minimumSocialValueWeight, @Schema(ref = "SocialValueMethod") SocialValueMethod method, boolean perPound, List<BandView> scale,
            List<CriterionView> criteria, String catalogue, BigDecimal deadweight, BigDecimal displacement,
            BigDecimal attribution, BigDecimal dropOff, Integer benefitYears, List<String> evaluators, long version) {
        public static SetupView of(TenderScoring s, BigDecimal minimum) {
            return new SetupView(s.tender().value(), s.weights().price(), s.weights().quality(), s.weights().socialValue(),
                    minimum, s.method(), s.perPound(), s.scale().bands().stream().map(b -> new BandView(b.mark(),
                            b.description())).toList(), s.criteria().stream().map(CriterionView::of).toList(),
                    s.catalogue().map(CatalogueId::value).orElse(null), s.adjustments().deadweight(),
                    s.adjustments().displacement(), s.adjustments().attribution(), s.adjustments().dropOff(),
                    s.benefitYears(), s.evaluators().stream().sorted().toList(), s.version());
        }
    }

    // ---------------------------------------------------------------- bids and marks

    /** A commitment line as valued (frozen) in a bid. */
    public record CommitmentView(String spo, int line, String type, String measure, BigDecimal quantity, String unit,
            BigDecimal declaredValue, String territory, String postcodeDistrict, LocalDate commitmentDate, String catalogue,
            String catalogueLabel, Integer proxyYear, BigDecimal proxyGbpPerUnit, String proxySource, BigDecimal deadweight,
            BigDecimal displacement, BigDecimal attribution, BigDecimal dropOff, int benefitYears, BigDecimal localWeight,
            BigDecimal basis, BigDecimal grossValue, BigDecimal netValue, boolean insideTerritory) {
        static CommitmentView of(ValuedCommitment c) {
            ValuedCommitment.Proxy p = c.proxy();
            return new CommitmentView(c.spo().value(), c.line(), c.type().name(), c.measureCode(), c.quantity(), c.unit(),
                    c.declaredValue() == null ? null : c.declaredValue().amount(), c.territory(), c.postcodeDistrict(),
                    c.commitmentDate(), p == null ? null : p.catalogue().value(), p == null ? null : p.catalogueLabel(),
                    p == null ? null : p.year(), p == null ? null : p.gbpPerUnit(), p == null ? null : p.source(),
                    c.adjustments().deadweight(), c.adjustments().displacement(), c.adjustments().attribution(),
                    c.adjustments().dropOff(), c.benefitYears(), c.localWeight(), c.basis(), c.grossValue(), c.netValue(),
                    c.insideTerritory());
        }
    }

    /** An evaluator's mark. */
    public record MarkView(String criterion, String evaluator, int mark, String note, Instant at) {
    }

    /** A consensus mark. */
    public record ConsensusView(String criterion, int mark, String moderator, String note, Instant at) {
    }

    /** A bid; marks and consensus only for the evaluation team. */
    public record BidView(String id, String tender, String supplier, BigDecimal price, List<String> spos, String evidence,
            boolean evidenceOnly, List<String> provisions, List<CommitmentView> commitments, BigDecimal quality,
            Instant submittedAt, List<MarkView> marks, List<ConsensusView> consensus, long version) {
        public static BidView of(Bid b, boolean team) {
            return new BidView(b.id().value(), b.tender().value(), b.supplier().value(), b.price().amount(),
                    b.spos().stream().map(SpoReference::value).toList(), b.evidence().isEmpty() ? null : b.evidence(),
                    b.evidenceOnly(), b.provisions().stream().map(ProvisionId::value).sorted().toList(),
                    b.commitments().stream().map(CommitmentView::of).toList(), b.quality().orElse(null), b.submittedAt(),
                    team ? marksOf(b) : null, team ? consensusOf(b) : null, b.version());
        }
    }

    /** The marks of a bid. */
    public record MarksView(String bid, List<MarkView> marks, List<ConsensusView> consensus, long version) {
        public static MarksView of(Bid b) {
            return new MarksView(b.id().value(), marksOf(b), consensusOf(b), b.version());
        }
    }

    /** One bid × criterion of an evaluator's sheet; {@code mark} and {@code note} are left out while unmarked. */
    public record SheetCellView(String bid, String supplier, String criterion, Integer mark, String note) {
    }

    /** The calling evaluator's mark sheet; {@code version} is its ETag. */
    public record MarkSheetView(String tender, String evaluator, List<SheetCellView> marks, long version) {
        public static MarkSheetView of(MarkSheets.Sheet sheet) {
            return new MarkSheetView(sheet.tender().value(), sheet.evaluator(), sheet.cells().stream()
                    .map(c -> new SheetCellView(c.bid().value(), c.supplier().value(), c.criterion(), c.mark(),
                            c.note() == null || c.note().isEmpty() ? null : c.note())).toList(), sheet.version());
        }
    }

    static List<MarkView> marksOf(Bid b) {
        return b.marks().stream().map(m -> new MarkView(m.criterionId(), m.evaluator(), m.mark(), m.note().isEmpty() ? null
                : m.note(), m.at())).toList();
    }

    static List<ConsensusView> consensusOf(Bid b) {
        return b.consensus().stream().map(c -> new ConsensusView(c.criterionId(), c.mark(), c.moderator(),
                c.note().isEmpty() ? null : c.note(), c.at())).toList();
    }

    // ---------------------------------------------------------------- evaluation

    /** One criterion of one bid. */
    public record CriterionScore(String criterion, String title, boolean provisional, BigDecimal weight, String basis,
            BigDecimal mark, int markCount, BigDecimal value, BigDecimal best, BigDecimal fraction, BigDecimal points) {
        static CriterionScore of(CriterionLine l) {
            return new CriterionScore(l.criterionId(), l.title(), l.provisional(), l.weight(), l.basis().name(),
                    l.mark() == null ? null : round(l.mark()), l.markCount(), round(l.value()), round(l.best()),
                    round(l.fraction()), round(l.points()));
        }
    }

    /** HOW &amp; WHERE of a bid. */
    public record HowWhereView(BigDecimal committedValue, BigDecimal insideTerritory, BigDecimal shareInsideTerritory,
            List<String> provisions) {
    }

    /** The result of one bid with its explanation. */
    public record ResultView(int rank, String tieBreak, String bid, String supplier, BigDecimal price, boolean evidenceOnly,
            String evidence, BigDecimal priceScore, BigDecimal quality, BigDecimal qualityScore, BigDecimal socialValueScore,
            BigDecimal total, BigDecimal netProxyValue, List<CriterionScore> criteria, List<CommitmentView> commitments,
            HowWhereView howWhere, List<String> explanation) {
    }

    /** The evaluation of a tender. */
    public record EvaluationView(String tender, @Schema(ref = "SocialValueMethod") SocialValueMethod method, boolean perPound, BigDecimal priceWeight,
            BigDecimal qualityWeight, BigDecimal socialValueWeight, String scale, boolean complete, List<String> gaps,
            List<String> rules, List<ResultView> results) {
    }

    /** The rules as the evaluation states them (the same text as the PDF). */
    static List<String> rules(TenderScoring setup) {
        List<String> rules = new ArrayList<>();
        rules.add("Price: price weight x lowest price / bid price; a price of 0.00 scores the full weight and every other "
                + "price 0.");
        rules.add("Quality: quality weight x quality score / 100; a missing quality score counts 0 (evaluation incomplete).");
        if (setup.method() == SocialValueMethod.MARKS) {
            rules.add("Social value (evaluator marks): per criterion, social value weight x criterion weight x mark / "
                    + setup.scale().max() + "; the mark is the moderated consensus, else the mean of the evaluators' "
                    + "marks (provisional), else 0 (missing).");
        } else {
            rules.add("Social value (quantitative" + (setup.perPound() ? ", per pound of bid price" : "") + "): per criterion, "
                    + "social value weight x criterion weight x the bid's net proxy value / the best bid's; a commitment "
                    + "counts towards the first criterion whose measures include it; a bid without SPO is marked on its "
                    + "evidence.");
        }
        rules.add("Total = price + quality + social value points; rank by total; totals equal to 6 decimals tie and are "
                + "broken by social value score, then quality score, then lower price; bids still equal share the rank.");
        return rules;
    }

    public static EvaluationView of(Evaluation e) {
        TenderScoring s = e.setup();
        return new EvaluationView(e.tender().value(), s.method(), s.perPound(), s.weights().price(), s.weights().quality(),
                s.weights().socialValue(), s.scale().marks(), e.complete(), e.gaps(), rules(s),
                e.results().stream().map(r -> result(r, s)).toList());
    }

    static ResultView result(BidResult r, TenderScoring s) {
        return new ResultView(r.rank(), r.tieBreak().name(), r.bid().value(), r.supplier().value(), r.price().amount(),
                r.evidenceOnly(), r.evidence().isEmpty() ? null : r.evidence(), round(r.priceScore()),
                r.quality() == null ? null : round(r.quality()), round(r.qualityScore()), round(r.socialValueScore()),
                round(r.total()), r.netValue(), r.criteria().stream().map(CriterionScore::of).toList(),
                r.commitments().stream().map(c -> CommitmentView.of(c.commitment())).toList(),
                new HowWhereView(r.howWhere().committedValue(), r.howWhere().insideTerritory(),
                        round(r.howWhere().share()), r.howWhere().provisions().stream().map(ProvisionId::value).toList()),
                explanation(r, s));
    }

    /** The explanation of one bid's score, line by line, in words. */
    public static List<String> explanation(BidResult r, TenderScoring s) {
        List<String> lines = new ArrayList<>();
        BigDecimal price = r.price().amount();
        if (r.lowestPrice() == 0) {
            lines.add("Price " + gbp(price) + "; the lowest price is " + gbp(BigDecimal.ZERO) + ": " + (price.signum() == 0
                    ? "the full " + num(s.weights().price()) : "0") + " price points = " + pts(r.priceScore()) + ".");
        } else {
            lines.add("Price " + gbp(price) + "; lowest " + gbp(BigDecimal.valueOf(r.lowestPrice()).setScale(2,
                    RoundingMode.HALF_EVEN)) + ": " + num(s.weights().price()) + " x " + plain(r.lowestPrice()) + " / "
                    + price.toPlainString() + " = " + pts(r.priceScore()) + " points.");
        }
        lines.add(r.quality() == null ? "Quality: no score entered yet: 0 points."
                : "Quality " + plain(r.quality()) + " of 100: " + num(s.weights().quality()) + " x " + plain(r.quality())
                        + " / 100 = " + pts(r.qualityScore()) + " points.");
        if (r.evidenceOnly()) {
            lines.add("No SPO: marked on the social value evidence it references (" + r.evidence() + "); no proxy figures.");
        }
        for (CriterionLine l : r.criteria()) {
            String head = l.criterionId() + (l.title().isEmpty() ? "" : " " + shortTitle(l.title()))
                    + (l.provisional() ? " [provisional wording]" : "") + " (weight " + num(l.weight())
                    + " % of social value " + num(s.weights().socialValue()) + " %): ";
            String body = switch (l.basis()) {
                case CONSENSUS -> "consensus mark " + plain(l.mark()) + " of " + s.scale().max();
                case MEAN_OF_MARKS -> "mean of " + l.markCount() + " evaluator marks " + plain(l.mark()) + " of "
                        + s.scale().max() + " (no consensus yet)";
                case MISSING -> "no mark yet (counts 0)";
                case EVIDENCE_MARK -> "marked on evidence: " + plain(l.mark()) + " of " + s.scale().max();
                case PROXY_VALUE -> "net proxy value " + gbp(l.value()) + " against the best bid's " + gbp(l.best());
                case PROXY_VALUE_PER_POUND -> "net proxy value per pound of price " + plain(l.value()) + " against the best "
                        + plain(l.best());
            };
            lines.add(head + body + " -> " + num(s.weights().socialValue()) + " x " + num(l.weight()) + " % x "
                    + plain(l.fraction()) + " = " + pts(l.points()) + " points.");
        }
        for (CommitmentLine c : r.commitments()) {
            ValuedCommitment v = c.commitment();
            String amount = "GBP".equals(v.unit()) ? gbp(v.quantity()) : v.quantity().toPlainString() + " " + v.unit();
            StringBuilder text = new StringBuilder(v.spo().value() + " line " + v.line() + ": " + amount + " of "
                    + v.measureCode());
            if (v.proxy() == null) {
                text.append(": no proxy value (measure not in the catalogue)");
            } else {
                ValuedCommitment.Proxy p = v.proxy();
                text.append(" valued on ").append(v.basis().toPlainString()).append(" x ").append(gbp(p.gbpPerUnit()))
                        .append(" (proxy of ").append(p.year()).append(", ").append(p.source()).append("; ")
                        .append(p.catalogueLabel()).append(") = ").append(gbp(v.grossValue())).append(" gross, ")
                        .append(gbp(v.netValue())).append(" net (deadweight ").append(v.adjustments().deadweight())
                        .append(", displacement ").append(v.adjustments().displacement()).append(", attribution ")
                        .append(v.adjustments().attribution()).append(")");
                if (v.localWeight().compareTo(BigDecimal.ONE) != 0) {
                    text.append(", local weight ").append(v.localWeight().toPlainString());
                }
            }
            text.append(s.method() == SocialValueMethod.QUANTITATIVE ? c.criterionId() == null ? "; counts towards no criterion"
                    : "; counts towards " + c.criterionId() : "");
            text.append("; committed on ").append(v.commitmentDate()).append(v.insideTerritory() ? ", inside" : ", outside")
                    .append(" the tender's territory.");
            lines.add(text.toString());
        }
        lines.add("HOW & WHERE: " + gbp(r.howWhere().committedValue()) + " committed, " + gbp(r.howWhere().insideTerritory())
                + " (" + plain(r.howWhere().share() * 100) + " %) inside the tender's territory; provisions supported: "
                + (r.howWhere().provisions().isEmpty() ? "none" : r.howWhere().provisions().stream().map(ProvisionId::value)
                        .collect(Collectors.joining(", "))) + ".");
        lines.add("Total " + pts(r.total()) + " = " + pts(r.priceScore()) + " + " + pts(r.qualityScore()) + " + "
                + pts(r.socialValueScore()) + "; rank " + r.rank() + (r.tieBreak() == Evaluation.TieBreak.NONE ? ""
                        : " (tie on the total: " + r.tieBreak().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")
                + ".");
        return lines;
    }

    private static String shortTitle(String title) {
        return title.length() <= 60 ? title : title.substring(0, 57) + "...";
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }

    static String pts(double value) {
        return round(value).toPlainString();
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    static String num(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Pounds as a buyer's documents write them (£2,610.50), in the explanation lines of the API and the PDF. */
    static String gbp(BigDecimal amount) {
        return Pounds.of(amount);
    }

    static String gbp(double amount) {
        return gbp(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN));
    }

    // ---------------------------------------------------------------- SROI

    /** SROI figures, gross and net side by side. */
    public record SroiView(BigDecimal discountRate, BigDecimal grossPresentValue, BigDecimal netPresentValue,
            BigDecimal investment, BigDecimal grossNpv, BigDecimal netNpv, BigDecimal grossRatio, BigDecimal netRatio,
            List<SroiLineView> lines, List<String> notValued) {
        public static SroiView of(SroiResult r) {
            return new SroiView(r.discountRate(), r.grossPresentValue(), r.netPresentValue(), r.investment(), r.grossNpv(),
                    r.netNpv(), r.grossRatio(), r.netRatio(), r.lines().stream().map(SroiLineView::of).toList(), r.notValued());
        }
    }

    /** One outcome's SROI over its years. */
    public record SroiLineView(String label, BigDecimal grossFirstYear, BigDecimal netFirstYear, BigDecimal dropOff,
            BigDecimal grossPresentValue, BigDecimal netPresentValue, BigDecimal investment, List<SroiResult.Year> years) {
        static SroiLineView of(SroiResult.Line l) {
            return new SroiLineView(l.label(), l.grossFirstYear(), l.netFirstYear(), l.dropOff(), l.grossPresentValue(),
                    l.netPresentValue(), l.investment(), l.years());
        }
    }

    /** PDF when the first acceptable type the caller names explicitly is application/pdf; JSON otherwise. */
    public static boolean wantsPdf(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if ("application".equalsIgnoreCase(type.getType()) && "pdf".equalsIgnoreCase(type.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
