package org.dualimpact.web.scoring;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.dualimpact.documents.Pounds;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.scoring.Evaluation;
import org.dualimpact.kernel.scoring.Evaluation.BidResult;
import org.dualimpact.kernel.scoring.EvaluationRenderer;
import org.dualimpact.kernel.scoring.TenderScoring;

/**
 * The evaluation of a tender as a PDF: the weights and rules, a ranking table (rank, supplier by name, price
 * in pounds, points per part, total) and, for every bid shown, its explanation line by line. Standard
 * Helvetica fonts only; user text is written as text.
 */
@ApplicationScoped
public class OpenPdfEvaluationRenderer implements EvaluationRenderer {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final Font CELL_HEAD = new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE);
    private static final Color HEAD_BACKGROUND = new Color(40, 70, 110);

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(Evaluation evaluation, String tenderTitle, Map<OrganisationId, String> supplierNames, boolean fullView) {
        TenderScoring setup = evaluation.setup();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("Tender evaluation " + evaluation.tender().value());
            pdf.addCreator("Dual Impact");
            pdf.open();
            pdf.add(new Paragraph("Tender evaluation " + evaluation.tender().value(), TITLE));
            pdf.add(new Paragraph(tenderTitle, HEADING));
            pdf.add(new Paragraph("Weights: price " + ScoringViews.num(setup.weights().price()) + " %, quality "
                    + ScoringViews.num(setup.weights().quality()) + " %, social value "
                    + ScoringViews.num(setup.weights().socialValue()) + " %. Social value method: " + setup.method()
                    + (setup.perPound() ? " (per pound)" : "") + ". Marking scale: " + setup.scale().marks() + ".", BODY));
            pdf.add(new Paragraph(evaluation.complete() ? "Status: complete (every mark and quality score entered)."
                    : "Status: INCOMPLETE - " + evaluation.gaps().size() + " gap(s); missing marks count 0.", BODY));
            if (!fullView) {
                pdf.add(new Paragraph("This copy shows your own bid only.", BODY));
            }
            pdf.add(new Paragraph("Rules", HEADING));
            for (String rule : ScoringViews.rules(setup)) {
                pdf.add(new Paragraph("- " + rule, SMALL));
            }
            pdf.add(new Paragraph("Ranking", HEADING));
            PdfPTable table = new PdfPTable(new float[] {5, 20, 12, 10, 10, 10, 10, 9});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            for (String head : List.of("Rank", "Supplier", "Price", "Price pts", "Quality pts", "Social value pts",
                    "Total", "Tie")) {
                PdfPCell cell = new PdfPCell(new Phrase(head, CELL_HEAD));
                cell.setBackgroundColor(HEAD_BACKGROUND);
                table.addCell(cell);
            }
            for (BidResult r : evaluation.results()) {
                table.addCell(new Phrase(Integer.toString(r.rank()), BODY));
                table.addCell(new Phrase(name(supplierNames, r), BODY));
                table.addCell(new Phrase(Pounds.of(r.price()), BODY));
                table.addCell(new Phrase(ScoringViews.pts(r.priceScore()), BODY));
                table.addCell(new Phrase(ScoringViews.pts(r.qualityScore()), BODY));
                table.addCell(new Phrase(ScoringViews.pts(r.socialValueScore()), BODY));
                table.addCell(new Phrase(ScoringViews.pts(r.total()), BODY));
                table.addCell(new Phrase(r.tieBreak() == Evaluation.TieBreak.NONE ? "" : r.tieBreak().name(), BODY));
            }
            pdf.add(table);
            for (BidResult r : evaluation.results()) {
                pdf.add(new Paragraph("Rank " + r.rank() + ": " + name(supplierNames, r) + " - total " + ScoringViews.pts(r.total())
                        + " (bid " + r.bid().value() + ")", HEADING));
                for (String line : ScoringViews.explanation(r, setup)) {
                    pdf.add(new Paragraph(line, SMALL));
                }
            }
            if (fullView && !evaluation.gaps().isEmpty()) {
                pdf.add(new Paragraph("Gaps", HEADING));
                for (String gap : evaluation.gaps()) {
                    pdf.add(new Paragraph("- " + gap, SMALL));
                }
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the evaluation PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static String name(Map<OrganisationId, String> supplierNames, BidResult result) {
        return supplierNames.getOrDefault(result.supplier(), result.supplier().value());
    }
}
