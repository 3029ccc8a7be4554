package org.dualimpact.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.DocumentRenderer;
import org.dualimpact.kernel.spo.Signature;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoDocument;

/**
 * Proposals and agreements as PDF with OpenPDF. Only the standard Helvetica fonts are used (never
 * embedded or fetched), no images, no links: rendering touches nothing outside the JVM. User text is
 * written as text, never interpreted as markup. Every page shows the reference and the content hash.
 */
@ApplicationScoped
public class OpenPdfDocumentRenderer implements DocumentRenderer {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final Font CELL_HEAD = new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE);
    private static final Font MONO = new Font(Font.COURIER, 7.5f, Font.NORMAL);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(SpoDocument doc) {
        Spo spo = doc.spo();
        SpoContent content = spo.content().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 42, 42, 48, 48);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(doc.title() + " " + spo.reference().value());
            pdf.addCreator("Dual Impact");
            pdf.open();

            pdf.add(new Paragraph(doc.title(), TITLE));
            pdf.add(new Paragraph("Reference: " + spo.reference().value(), HEADING));
            pdf.add(new Paragraph("Stage: " + spo.stage().describe(), BODY));
            pdf.add(new Paragraph("Territory: " + doc.territory().name() + " (" + doc.territory().code() + ")", BODY));
            pdf.add(new Paragraph("Created: " + TIME.format(spo.createdAt())
                    + spo.submittedAt().map(t -> "    Submitted: " + TIME.format(t)).orElse("")
                    + spo.tender().map(t -> "    Tender: " + t.value()).orElse(""), BODY));
            spo.existingContract().ifPresent(e -> add(pdf, new Paragraph("Existing supply contract " + e.contractReference()
                    + " with " + doc.name(e.buyer()) + ", " + e.start() + " to " + e.end() + ", value " + Pounds.of(e.value()), BODY)));

            heading(pdf, "Title");
            pdf.add(new Paragraph(content.title(), BODY));
            if (!content.summary().isEmpty()) {
                pdf.add(new Paragraph(content.summary(), BODY));
            }

            heading(pdf, "Parties");
            PdfPTable parties = table(new float[] {2, 4, 3}, "Role", "Organisation", "Identifier");
            row(parties, "Supplier", doc.supplier().name(), doc.supplier().id().value());
            for (Organisation provider : doc.providers()) {
                row(parties, "Community provider", provider.name(), provider.id().value());
            }
            doc.buyer().ifPresent(b -> row(parties, "Buyer", b.name(), b.id().value()));
            pdf.add(parties);

            heading(pdf, "Provisions supported");
            for (Provision provision : doc.provisions()) {
                pdf.add(new Paragraph("- " + provision.title() + " (" + provision.id().value() + ")", BODY));
            }

            heading(pdf, "Commitments");
            PdfPTable lines = table(new float[] {0.5f, 1.6f, 1.6f, 1.4f, 1.4f, 1.6f, 2.4f}, "#", "Type", "Quantity",
                    "Value", "Measure", "Place", "Schedule");
            int n = 0;
            for (Commitment c : content.commitments()) {
                n++;
                row(lines, Integer.toString(n), c.type().name() + (c.skillLevel() == null ? "" : " " + c.skillLevel().name()),
                        quantity(c), c.value() == null ? "" : Pounds.of(c.value()),
                        c.measureCode(), c.territory() + (c.postcodeDistrict() == null ? "" : " " + c.postcodeDistrict()),
                        c.start() + " to " + c.end() + ", " + c.frequency().name().toLowerCase().replace('_', '-'));
            }
            pdf.add(lines);

            spo.contract().ifPresent(c -> {
                heading(pdf, "Supply contract");
                add(pdf, new Paragraph("Contract " + c.contractReference() + ", " + c.start() + " to " + c.end()
                        + (c.value() == null ? "" : ", value " + Pounds.of(c.value())) + ", attached by " + doc.name(c.buyer()) + " on "
                        + TIME.format(c.attachedAt()), BODY));
                add(pdf, new Paragraph("Verification code: " + c.verificationCode().printed(), MONO));
                add(pdf, new Paragraph("Any buyer verifies this agreement with its reference and this code "
                        + "(GET /api/v1/agreements/" + spo.reference().value() + "/verification?code=...). Share the "
                        + "code only with those who may verify it.", SMALL));
            });
            spo.review().ifPresent(r -> {
                heading(pdf, "Post-contract review");
                add(pdf, new Paragraph("Verdict: " + r.verdict() + " (" + TIME.format(r.at()) + ")"
                        + (r.notes().isEmpty() ? "" : " - " + r.notes()), BODY));
            });

            heading(pdf, "Signatures");
            PdfPTable signatures = table(new float[] {3, 3, 2.4f}, "Party", "Signed by", "Time");
            List<Signature> signed = spo.signatures();
            if (signed.isEmpty()) {
                row(signatures, spo.stage().isAgreement() ? "Awaiting signatures" : "Not yet signed (proposal)", "", "");
            }
            for (Signature s : signed) {
                row(signatures, doc.name(s.party()), s.signer(), TIME.format(s.at()));
            }
            pdf.add(signatures);

            heading(pdf, "Content hash (SHA-256)");
            Paragraph hash = new Paragraph(doc.contentHash(), MONO);
            pdf.add(hash);
            pdf.add(new Paragraph("The hash covers the canonical form of the content (dual-impact-spo/1): reference, "
                    + "parties, territory, provisions, title, summary and every commitment line. Anyone holding the "
                    + "content can recompute it.", SMALL));
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render " + spo.reference(), e);
        }
        return out.toByteArray();
    }

    private static void heading(Document pdf, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(3);
        add(pdf, heading);
    }

    private static void add(Document pdf, Element element) {
        try {
            pdf.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PdfPTable table(float[] widths, String... headings) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : headings) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, CELL_HEAD));
            cell.setBackgroundColor(new Color(40, 70, 110));
            cell.setPadding(3);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(new Chunk(value == null ? "" : value, BODY)));
            cell.setPadding(3);
            table.addCell(cell);
        }
    }

    /** A line's quantity: money as pounds, anything else as a number and its unit ("40 hours"). */
    private static String quantity(Commitment line) {
        return "GBP".equals(line.unit()) ? Pounds.of(line.quantity())
                : line.quantity().stripTrailingZeros().toPlainString() + " " + line.unit();
    }
}
