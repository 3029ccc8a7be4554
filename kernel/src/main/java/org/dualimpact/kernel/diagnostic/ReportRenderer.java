package org.dualimpact.kernel.diagnostic;

/** Renders an assessment report as a document (PDF in the web adapter). Fetches nothing external. */
public interface ReportRenderer {

    /** The document's bytes: readable on its own, with the section names and the counts per level. */
    byte[] render(AssessmentReport report);

    /** The media type of what {@link #render} produces, e.g. {@code application/pdf}. */
    String mediaType();
}
