package org.dualimpact.console.preview;

import java.math.BigDecimal;
import java.util.List;

import org.dualimpact.console.Formats;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.scoring.ScorePreview;
import org.dualimpact.kernel.scoring.ScoringCriterion;
import org.dualimpact.kernel.scoring.SocialValueMethod;
import org.dualimpact.kernel.scoring.TenderScoring;
import org.dualimpact.kernel.scoring.ValuedCommitment;

/**
 * The kernel's {@link ScorePreview.Preview} as the page shows it, every figure already written: the tender
 * and its published scoring, the date valued on, each criterion with the lines counting towards it, the
 * lines counting towards none with why, and the marking scale. Nothing here depends on another bid.
 */
public record PreviewView(String tender, String tenderTitle, String buyer, boolean marks, String method, boolean perPound,
        String priceWeight, String qualityWeight, String socialValueWeight, String catalogue, String valuedOn,
        List<Criterion> criteria, List<Line> countingNowhere, List<Band> scale) {

    /** A social value criterion: its weight within the social value part, its lines and their net value. */
    public record Criterion(String id, String title, String framework, boolean provisional, String weight, List<String> measures,
            List<Line> lines, String netValue) {

        /** {@code MAC 8.1: Title}, or the id alone when the framework gave no title. */
        public String heading() {
            return title.isBlank() ? id : id + ": " + title;
        }
    }

    /**
     * A commitment line as valued: which line, what it commits, the proxy used (catalogue, year, £ per unit,
     * source), the net share and the adjustments it comes from, gross and net values, and the local weight
     * when it is not 1; or, for a line counting towards no criterion, why.
     */
    public record Line(int number, String type, String measure, String measureTitle, String amount, boolean valued,
            String perUnit, String proxyYear, String catalogue, String source, String netShare, String adjustments,
            String grossValue, String netValue, String localWeight, String why) {

        static Line of(ValuedCommitment c, boolean tenderHasCatalogue, boolean counted) {
            ValuedCommitment.Proxy proxy = c.proxyUsed().orElse(null);
            return new Line(c.line(), PreviewFormats.type(c.type()), c.measureCode(),
                    proxy == null ? "" : proxy.measureTitle() == null ? "" : proxy.measureTitle(), PreviewFormats.amount(c),
                    proxy != null, PreviewFormats.perUnit(c), proxy == null ? "" : String.valueOf(proxy.year()),
                    proxy == null ? "" : proxy.catalogueLabel() == null ? proxy.catalogue().value() : proxy.catalogueLabel(),
                    proxy == null || proxy.source() == null ? "" : proxy.source(), PreviewFormats.netShare(c.adjustments()),
                    PreviewFormats.adjustments(c.adjustments()), Formats.money(c.grossValue()), Formats.money(c.netValue()),
                    c.localWeight().compareTo(BigDecimal.ONE) == 0 ? "" : c.localWeight().stripTrailingZeros().toPlainString(),
                    counted ? "" : PreviewFormats.whyNowhere(c, tenderHasCatalogue));
        }
    }

    /** A mark of the scale and its descriptor. */
    public record Band(int mark, String descriptor) {
    }

    public static PreviewView of(ScorePreview.Preview preview, String buyer) {
        TenderScoring setup = preview.setup();
        boolean hasCatalogue = setup.catalogue().isPresent();
        String catalogue = preview.lines().stream().flatMap(l -> l.proxyUsed().stream())
                .map(p -> p.catalogueLabel() == null ? p.catalogue().value() : p.catalogueLabel()).findFirst()
                .orElse(setup.catalogue().map(CatalogueId::value).orElse("None"));
        return new PreviewView(preview.tender().reference().value(), preview.tender().title(), buyer,
                setup.method() == SocialValueMethod.MARKS, method(setup.method()), setup.perPound(),
                PreviewFormats.percent(setup.weights().price()), PreviewFormats.percent(setup.weights().quality()),
                PreviewFormats.percent(setup.weights().socialValue()), catalogue, Formats.day(preview.valuedOn()),
                preview.criteria().stream().map(c -> criterion(c, hasCatalogue)).toList(),
                preview.countingNowhere().stream().map(l -> Line.of(l, hasCatalogue, false)).toList(),
                setup.scale().bands().stream().map(b -> new Band(b.mark(), b.description())).toList());
    }

    private static Criterion criterion(ScorePreview.CriterionValue value, boolean hasCatalogue) {
        ScoringCriterion c = value.criterion();
        return new Criterion(c.criterionId(), c.title(), c.frameworkLabel(), c.provisional(), PreviewFormats.percent(c.weight()),
                c.measures(), value.lines().stream().map(l -> Line.of(l, hasCatalogue, true)).toList(),
                Formats.money(value.netValue()));
    }

    /** The method in words. */
    static String method(SocialValueMethod method) {
        return switch (method) {
            case QUANTITATIVE -> "Quantitative: the net proxy value of each bid's SPO commitments, per criterion, "
                    + "scored relative to the best bid";
            case MARKS -> "Marks: evaluators mark each criterion on the marking scale below";
        };
    }
}
