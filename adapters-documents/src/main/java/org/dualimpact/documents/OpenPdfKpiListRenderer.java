package org.dualimpact.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

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

import org.dualimpact.kernel.mapping.KpiListRenderer;
import org.dualimpact.kernel.mapping.SocialValueSummary;

/**
 * The printable KPI list of a mapping: for each selected criterion (its theme and outcome, flagged
 * when its wording is provisional), the KPIs mapped to it with unit, latest proxy and SDG targets,
 * and the attribution of the framework and the catalogue.
 */
@ApplicationScoped
public class OpenPdfKpiListRenderer implements KpiListRenderer {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL);
    private static final Font CELL_HEAD = new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE);

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(SocialValueSummary summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("KPI list " + summary.mapping().name());
            pdf.open();
            pdf.add(new Paragraph("KPI list: " + summary.mapping().name(), TITLE));
            pdf.add(new Paragraph("Framework: " + summary.framework().label() + ". Catalogue: " + summary.catalogue().label()
                    + (summary.catalogue().illustrative() ? " (ILLUSTRATIVE)" : "") + ".", BODY));
            for (SocialValueSummary.Item item : summary.items()) {
                pdf.add(new Paragraph(item.criterionId() + " " + item.criterionTitle() + (item.provisional()
                        ? " [provisional wording]" : ""), HEADING));
                pdf.add(new Paragraph("Theme " + item.themeId() + " " + item.themeTitle() + " / outcome " + item.outcomeId()
                        + " " + item.outcomeTitle(), SMALL));
                if (item.kpis().isEmpty()) {
                    pdf.add(new Paragraph("No KPI of the catalogue is mapped to this criterion.", BODY));
                    continue;
                }
                PdfPTable table = new PdfPTable(new float[] {12, 40, 10, 18, 10});
                table.setWidthPercentage(100);
                for (String head : List.of("KPI", "Title", "Unit", "Latest proxy (GBP)", "SDG")) {
                    PdfPCell cell = new PdfPCell(new Phrase(head, CELL_HEAD));
                    cell.setBackgroundColor(new Color(40, 70, 110));
                    table.addCell(cell);
                }
                for (SocialValueSummary.Kpi kpi : item.kpis()) {
                    table.addCell(new Phrase(kpi.code(), BODY));
                    table.addCell(new Phrase(kpi.title(), BODY));
                    table.addCell(new Phrase(kpi.unit(), BODY));
                    table.addCell(new Phrase(kpi.proxy() == null ? "-" : kpi.proxy().toPlainString() + " (" + kpi.proxyYear()
                            + ")", BODY));
                    table.addCell(new Phrase(String.join(", ", kpi.sdgTargets()), BODY));
                }
                pdf.add(table);
            }
            pdf.add(new Paragraph(" ", SMALL));
            pdf.add(new Paragraph(summary.framework().definition().attribution(), SMALL));
            pdf.add(new Paragraph(summary.catalogue().attribution(), SMALL));
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the KPI list PDF could not be written", e);
        }
        return out.toByteArray();
    }
}
