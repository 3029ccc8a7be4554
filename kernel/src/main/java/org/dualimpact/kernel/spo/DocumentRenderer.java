package org.dualimpact.kernel.spo;

/** Renders proposals and agreements as documents (PDF in the web adapter). Fetches nothing external. */
public interface DocumentRenderer {

    /** The document's bytes; its text carries the reference, the stage and the content hash. */
    byte[] render(SpoDocument document);

    /** The media type of what {@link #render} produces, e.g. {@code application/pdf}. */
    String mediaType();
}
