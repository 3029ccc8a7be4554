package org.dualimpact.kernel.scoring;

import java.util.Map;

import org.dualimpact.kernel.organisation.OrganisationId;

/** Renders an evaluation as a document (the web adapter's is a PDF). */
public interface EvaluationRenderer {

    String mediaType();

    /**
     * @param supplierNames the name of the supplier of each result shown, for a document that names its
     *        parties (the register id where an organisation is no longer known)
     * @param fullView the evaluation team's whole evaluation, rather than one supplier's own result
     */
    byte[] render(Evaluation evaluation, String tenderTitle, Map<OrganisationId, String> supplierNames, boolean fullView);
}
