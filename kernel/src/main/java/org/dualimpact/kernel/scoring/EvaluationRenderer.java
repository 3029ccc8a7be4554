package org.dualimpact.kernel.scoring;

/** Renders an evaluation as a document (the web adapter's is a PDF). */
public interface EvaluationRenderer {

    String mediaType();

    byte[] render(Evaluation evaluation, String tenderTitle, boolean fullView);
}
