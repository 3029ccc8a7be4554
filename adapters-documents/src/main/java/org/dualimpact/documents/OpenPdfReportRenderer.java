package org.dualimpact.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.dualimpact.kernel.diagnostic.Answer;
import org.dualimpact.kernel.diagnostic.Assessment;
import org.dualimpact.kernel.diagnostic.AssessmentReport;
import org.dualimpact.kernel.diagnostic.AssessmentReport.SectionReport;
import org.dualimpact.kernel.diagnostic.ConsolidatedAnswer;
import org.dualimpact.kernel.diagnostic.Distribution;
import org.dualimpact.kernel.diagnostic.FrameworkDefinition;
import org.dualimpact.kernel.diagnostic.Level;
import org.dualimpact.kernel.diagnostic.ReportRenderer;
import org.dualimpact.kernel.diagnostic.Section;
import org.dualimpact.kernel.diagnostic.ValueCode;

/**
 * The report of an assessment as a PDF that reads on its own: a summary with the counts per level
 * (overall and per section, as text and as bar charts), which value codes sit at each level, targets
 * and their gaps, then every section with its texts and each value code's answer, level descriptor,
 * differences between respondents and comments. Charts are vector graphics drawn with OpenPDF's
 * content-byte operators in table cells (no images); only the standard Helvetica fonts are used,
 * nothing is fetched; user text is written as text, never interpreted.
 */
@ApplicationScoped
public class OpenPdfReportRenderer implements ReportRenderer {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 11, Font.NORMAL);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final Font SMALL_ITALIC = new Font(Font.HELVETICA, 8, Font.ITALIC);
    private static final Font CELL_HEAD = new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE);
    private static final Color HEAD_BACKGROUND = new Color(40, 70, 110);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Colours of levels 1 … 7, from weakest to strongest. */
    private static final Color[] LEVEL_COLOURS = {new Color(200, 60, 50), new Color(232, 130, 40), new Color(240, 195, 40),
        new Color(150, 195, 80), new Color(50, 150, 90), new Color(40, 115, 165), new Color(95, 70, 150)};
    private static final Color UNSCORED = new Color(160, 160, 160);
    private static final Color NOT_ANSWERED = new Color(228, 228, 228);

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(AssessmentReport report) {
        Assessment assessment = report.assessment();
        FrameworkDefinition framework = report.framework().definition();
        String draft = assessment.isSubmitted() ? "" : " (draft)";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 42, 42, 48, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new Footer(report.organisation().name() + " - " + report.framework().title()
                    + (assessment.isSubmitted() ? "" : " - DRAFT")));
            pdf.addTitle("Procurement maturity diagnostic - " + report.organisation().name());
            pdf.addCreator("Dual Impact");
            pdf.open();

            pdf.add(new Paragraph("Procurement maturity diagnostic" + draft, TITLE));
            pdf.add(new Paragraph(report.framework().title(), SUBTITLE));
            pdf.add(spacer(4));
            pdf.add(line("Organisation: ", report.organisation().name() + " (" + report.organisation().id().value() + ")"));
            pdf.add(line("Assessment: ", assessment.title() + " (" + assessment.id().value() + ")"));
            pdf.add(line("Status: ", assessment.submittedAt().map(t -> "Submitted " + TIME.format(t) + " by "
                    + assessment.submittedBy().map(user -> respondent(report, user)).orElse("")).orElse("Draft - not yet submitted; last saved "
                    + TIME.format(assessment.savedAt()))));
            pdf.add(line("Report date: ", report.asOf().toString()));
            pdf.add(line("Progress: ", "answered " + report.progress().answered() + " of " + report.progress().total()
                    + " value codes (" + report.progress().percent() + "%)"));
            pdf.add(line("Respondents: ", report.respondents().isEmpty() ? "none yet" : report.respondents().stream()
                    .map(r -> respondent(report, r.respondent()) + " (" + r.rated() + " rated)").collect(Collectors.joining(", "))));
            if (!framework.description().isEmpty()) {
                pdf.add(paragraph(framework.description(), SMALL, 4));
            }

            heading(pdf, "Summary" + draft);
            pdf.add(paragraph("How many value codes sit at each level, overall and in each section, and which value "
                    + "codes sit at each level. The organisation's answer to a value code is the weakest level any "
                    + "respondent gave, never an average; an unscored answer abstains."
                    + (framework.scoringRule().isEmpty() ? "" : " Scoring rule of the framework: "
                            + framework.scoringRule()), BODY, 0));
            pdf.add(key(framework));

            heading(pdf, "Overall score distribution");
            pdf.add(new Paragraph("Overall: " + counts(report.overall()), BOLD));
            pdf.add(overallChart(report.overall()));

            heading(pdf, "Section score distributions");
            pdf.add(sectionTable(report, framework));

            heading(pdf, "Value codes at each level");
            pdf.add(codesPerLevel(report, framework));

            if (report.caseStudy().potential()) {
                pdf.add(paragraph("Potential case study: " + report.caseStudy().valueCodes().size() + " value code"
                        + (report.caseStudy().valueCodes().size() == 1 ? "" : "s") + " at level "
                        + framework.level(framework.topLevel()).label() + " (" + String.join(", ",
                                report.caseStudy().valueCodes()) + "). Practice at this level could help other "
                        + "organisations.", BOLD, 6));
            }
            List<ConsolidatedAnswer> differences = report.differences();
            if (!differences.isEmpty()) {
                pdf.add(paragraph("Respondents differ on " + differences.size() + " value code"
                        + (differences.size() == 1 ? "" : "s") + ": " + differences.stream().map(ConsolidatedAnswer::code)
                                .collect(Collectors.joining(", ")) + ".", BODY, 6));
            }

            if (!report.targets().isEmpty()) {
                heading(pdf, "Targets");
                pdf.add(targets(report, framework));
            }

            for (SectionReport section : report.sections()) {
                section(pdf, section, framework, report);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render the report of " + assessment.id(), e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- summary parts

    /** {@code 1 Minimum 12 | 2 Developing 12 | … | Unscored 1 | Not answered 0}. */
    static String counts(Distribution distribution) {
        List<String> parts = new ArrayList<>();
        distribution.levels().forEach(b -> parts.add(b.label() + " " + b.count()));
        parts.add("Unscored " + distribution.unscored().count());
        parts.add("Not answered " + distribution.notAnswered().count());
        return String.join(" | ", parts);
    }

    private static PdfPTable key(FrameworkDefinition framework) {
        int columns = framework.levels().size() + 2;
        float[] widths = new float[columns * 2];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i % 2 == 0 ? 0.35f : 2.2f;
        }
        PdfPTable key = new PdfPTable(widths);
        key.setWidthPercentage(100);
        key.setSpacingBefore(6);
        for (Level level : framework.levels()) {
            swatch(key, colour(level.number()), level.label());
        }
        swatch(key, UNSCORED, "Unscored");
        swatch(key, NOT_ANSWERED, "Not answered");
        return key;
    }

    private static void swatch(PdfPTable table, Color colour, String label) {
        PdfPCell box = new PdfPCell(new Phrase(""));
        box.setBackgroundColor(colour);
        box.setBorderWidth(0.5f);
        box.setFixedHeight(10);
        table.addCell(box);
        PdfPCell text = new PdfPCell(new Phrase(label, SMALL));
        text.setBorder(Rectangle.NO_BORDER);
        text.setPaddingLeft(3);
        table.addCell(text);
    }

    /** One row per level (and unscored, not answered): label, count, and a bar proportional to the count. */
    private static PdfPTable overallChart(Distribution overall) {
        PdfPTable chart = new PdfPTable(new float[] {2.2f, 1.3f, 6.4f});
        chart.setWidthPercentage(100);
        chart.setSpacingBefore(4);
        header(chart, "Level", "Value codes", "");
        int max = Math.max(1, overall.levels().stream().mapToInt(Distribution.Bucket::count).max().orElse(0));
        max = Math.max(max, Math.max(overall.unscored().count(), overall.notAnswered().count()));
        for (Distribution.Bucket bucket : overall.levels()) {
            chartRow(chart, bucket.label(), bucket.count(), max, colour(bucket.level().map(Level::number).orElse(1)));
        }
        chartRow(chart, "Unscored", overall.unscored().count(), max, UNSCORED);
        chartRow(chart, "Not answered", overall.notAnswered().count(), max, NOT_ANSWERED);
        return chart;
    }

    private static void chartRow(PdfPTable chart, String label, int count, int max, Color colour) {
        chart.addCell(cell(label, BODY));
        PdfPCell number = cell(Integer.toString(count), BODY);
        number.setHorizontalAlignment(Element.ALIGN_RIGHT);
        chart.addCell(number);
        PdfPCell bar = new PdfPCell(new Phrase(" ", BODY));
        bar.setMinimumHeight(13);
        bar.setCellEvent(new Bars(List.of(new Segment(count, colour)), max));
        chart.addCell(bar);
    }

    /** Per section: its name, a bar of its value codes coloured by level, the counts, weakest level and median. */
    private static PdfPTable sectionTable(AssessmentReport report, FrameworkDefinition framework) {
        int levels = framework.levels().size();
        float[] widths = new float[4 + levels + 2];
        widths[0] = 3.8f;
        widths[1] = 3.2f;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 0.62f;
        }
        widths[widths.length - 2] = 1.75f;
        widths[widths.length - 1] = 1.25f;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        List<String> heads = new ArrayList<>(List.of("Section", "Value codes by level"));
        framework.levels().forEach(l -> heads.add(Integer.toString(l.number())));
        heads.addAll(List.of("U", "N/A", "Weakest", "Median"));
        header(table, heads.toArray(String[]::new));
        int widest = report.sections().stream().mapToInt(s -> s.distribution().total()).max().orElse(1);
        for (SectionReport section : report.sections()) {
            Distribution d = section.distribution();
            table.addCell(cell(section.section().title(), SMALL));
            List<Segment> segments = new ArrayList<>();
            d.levels().forEach(b -> segments.add(new Segment(b.count(), colour(b.level().map(Level::number).orElse(1)))));
            segments.add(new Segment(d.unscored().count(), UNSCORED));
            segments.add(new Segment(d.notAnswered().count(), NOT_ANSWERED));
            PdfPCell bar = new PdfPCell(new Phrase(" ", SMALL));
            bar.setMinimumHeight(13);
            bar.setCellEvent(new Bars(segments, widest));
            table.addCell(bar);
            d.levels().forEach(b -> table.addCell(number(b.count())));
            table.addCell(number(d.unscored().count()));
            table.addCell(number(d.notAnswered().count()));
            table.addCell(cell(section.weakestLevel().map(l -> framework.level(l).label()).orElse("-"), SMALL));
            table.addCell(number(section.median()));
        }
        return table;
    }

    private static PdfPTable codesPerLevel(AssessmentReport report, FrameworkDefinition framework) {
        PdfPTable table = new PdfPTable(new float[] {1.6f, 8});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        header(table, "Level", "Value codes");
        List<Distribution.Bucket> buckets = new ArrayList<>(report.overall().levels());
        buckets.add(report.overall().unscored());
        buckets.add(report.overall().notAnswered());
        for (Distribution.Bucket bucket : buckets) {
            table.addCell(cell(bucket.label() + " (" + bucket.count() + ")", SMALL));
            table.addCell(cell(bucket.valueCodes().isEmpty() ? "-" : bucket.valueCodes().stream()
                    .map(code -> code + " " + framework.valueCode(code).map(ValueCode::name).orElse(""))
                    .collect(Collectors.joining("; ")), SMALL));
        }
        return table;
    }

    private static PdfPTable targets(AssessmentReport report, FrameworkDefinition framework) {
        PdfPTable table = new PdfPTable(new float[] {0.9f, 4, 1.6f, 1.6f, 1.4f, 0.8f, 1.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        header(table, "Code", "Value code", "Now", "Target", "By", "Gap", "Status");
        for (AssessmentReport.TargetGap gap : report.targets()) {
            table.addCell(cell(gap.valueCode().code(), SMALL));
            table.addCell(cell(gap.valueCode().name(), SMALL));
            table.addCell(cell(answerLabel(gap.current(), framework), SMALL));
            table.addCell(cell(framework.level(gap.target().level()).label(), SMALL));
            table.addCell(cell(gap.target().by().toString(), SMALL));
            table.addCell(cell(gap.gap().map(String::valueOf).orElse("-"), SMALL));
            table.addCell(cell(gap.met() ? "met" : gap.overdue() ? "overdue" : "open", SMALL));
        }
        return table;
    }

    // ---------------------------------------------------------------- sections

    /**
     * How the document names a respondent: "Respondent 2", by order in the report's list of respondents.
     * Users are kept under pseudonymous ids, which a reader cannot use and which would fill the columns.
     */
    private static String respondent(AssessmentReport report, String userId) {
        for (int i = 0; i < report.respondents().size(); i++) {
            if (report.respondents().get(i).respondent().equals(userId)) {
                return "Respondent " + (i + 1);
            }
        }
        return "A respondent";
    }

    private static void section(Document pdf, SectionReport report, FrameworkDefinition framework,
            AssessmentReport whole) throws DocumentException {
        Section section = report.section();
        heading(pdf, section.title());
        pdf.add(new Paragraph("Counts: " + counts(report.distribution()), BOLD));
        pdf.add(new Paragraph("Weakest level: " + report.weakestLevel().map(l -> framework.level(l).label()).orElse("none scored")
                + ".  Median: " + report.median().map(BigDecimal::toPlainString).orElse("-") + ".", BODY));
        if (!section.summary().isEmpty()) {
            pdf.add(paragraph(section.summary(), BODY, 4));
        }
        if (!section.whatItIs().isEmpty()) {
            pdf.add(labelled("What it is: ", section.whatItIs()));
        }
        if (!section.whyItMatters().isEmpty()) {
            pdf.add(labelled("Why it matters: ", section.whyItMatters()));
        }
        PdfPTable table = new PdfPTable(new float[] {0.8f, 3.2f, 4, 3.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(5);
        table.setHeaderRows(1);
        header(table, "Code", "Value code", "Answer", "Comments");
        for (ConsolidatedAnswer answer : report.answers()) {
            ValueCode code = answer.valueCode();
            table.addCell(cell(code.code(), SMALL));
            Phrase name = new Phrase();
            name.add(new Chunk(code.name(), BOLD));
            if (!code.description().isEmpty()) {
                name.add(new Chunk("\n" + code.description(), SMALL));
            }
            table.addCell(padded(new PdfPCell(name)));
            Phrase given = new Phrase();
            given.add(new Chunk(answerLabel(answer, framework), BOLD));
            if (answer.isScored()) {
                given.add(new Chunk("\n" + code.descriptor(answer.level()), SMALL));
            }
            if (answer.differs()) {
                given.add(new Chunk("\nRespondents differ: " + answer.responses().stream().filter(Answer::isRated)
                        .map(a -> respondent(whole, a.respondent()) + " " + a.rating().orElseThrow()).collect(Collectors.joining(", ")),
                        SMALL_ITALIC));
            }
            whole.targets().stream().filter(t -> t.valueCode().code().equals(code.code())).findFirst()
                    .ifPresent(t -> given.add(new Chunk("\nTarget: " + framework.level(t.target().level()).label() + " by "
                            + t.target().by() + t.gap().map(g -> " (gap " + g + ")").orElse(""), SMALL_ITALIC)));
            table.addCell(padded(new PdfPCell(given)));
            List<Answer> comments = answer.comments();
            table.addCell(cell(comments.isEmpty() ? "" : comments.stream().map(a -> respondent(whole, a.respondent()) + ":\n" + a.comment())
                    .collect(Collectors.joining("\n")), SMALL));
        }
        pdf.add(table);
    }

    private static String answerLabel(ConsolidatedAnswer answer, FrameworkDefinition framework) {
        return switch (answer.outcome()) {
            case LEVEL -> framework.level(answer.level()).label();
            case UNSCORED -> "Unscored";
            case NOT_ANSWERED -> "Not answered";
        };
    }

    // ---------------------------------------------------------------- drawing

    /** A run of a bar: how many value codes, in which colour. */
    record Segment(int count, Color colour) {
    }

    /** Draws a horizontal (stacked) bar in the cell: each segment's length is its count over {@code scale}. */
    static final class Bars implements PdfPCellEvent {
        private final List<Segment> segments;
        private final int scale;

        Bars(List<Segment> segments, int scale) {
            this.segments = List.copyOf(segments);
            this.scale = Math.max(1, scale);
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
            float left = position.getLeft() + 3;
            float width = position.getWidth() - 6;
            float height = Math.min(9, position.getHeight() - 6);
            float bottom = position.getBottom() + (position.getHeight() - height) / 2;
            canvas.saveState();
            float x = left;
            for (Segment segment : segments) {
                if (segment.count() <= 0) {
                    continue;
                }
                float length = width * segment.count() / scale;
                canvas.setColorFill(segment.colour());
                canvas.rectangle(x, bottom, length, height);
                canvas.fill();
                canvas.setColorStroke(Color.WHITE);
                canvas.setLineWidth(0.5f);
                canvas.rectangle(x, bottom, length, height);
                canvas.stroke();
                x += length;
            }
            canvas.restoreState();
        }
    }

    /** The footer of every page: what the document is, and the page number. */
    static final class Footer extends PdfPageEventHelper {
        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(text + " - page " + writer.getPageNumber(), SMALL),
                    (document.left() + document.right()) / 2, document.bottom() - 20, 0);
        }
    }

    private static Color colour(int level) {
        return LEVEL_COLOURS[Math.max(0, Math.min(LEVEL_COLOURS.length - 1, level - 1))];
    }

    // ---------------------------------------------------------------- text helpers

    private static void heading(Document pdf, String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(3);
        pdf.add(heading);
    }

    private static Paragraph line(String label, String value) {
        Paragraph line = new Paragraph();
        line.add(new Chunk(label, BOLD));
        line.add(new Chunk(value, BODY));
        return line;
    }

    private static Paragraph labelled(String label, String value) {
        Paragraph paragraph = line(label, value);
        paragraph.setSpacingBefore(3);
        return paragraph;
    }

    private static Paragraph paragraph(String text, Font font, float before) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }

    private static Paragraph spacer(float height) {
        Paragraph spacer = new Paragraph(" ", SMALL);
        spacer.setLeading(height);
        return spacer;
    }

    private static void header(PdfPTable table, String... headings) {
        table.setHeaderRows(1);
        for (String heading : headings) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, CELL_HEAD));
            cell.setBackgroundColor(HEAD_BACKGROUND);
            cell.setPadding(3);
            table.addCell(cell);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        return padded(new PdfPCell(new Phrase(new Chunk(text == null ? "" : text, font))));
    }

    private static PdfPCell number(int value) {
        PdfPCell cell = cell(Integer.toString(value), SMALL);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static PdfPCell number(Optional<BigDecimal> value) {
        PdfPCell cell = cell(value.map(BigDecimal::toPlainString).orElse("-"), SMALL);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static PdfPCell padded(PdfPCell cell) {
        cell.setPadding(3);
        return cell;
    }
}
