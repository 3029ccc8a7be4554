package org.dualimpact.console.evidence;

import java.util.List;
import java.util.Map;

import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceStage;

/**
 * What the evidence page shows beside the evidence itself: the hub and the providers by name, the
 * territories by name, the documents with their links, and which steps the user may take. The steps are
 * offered to its hub's members only, as the stage allows; approval is not offered to the member who wrote
 * or submitted it (four eyes: the page says so instead).
 */
public record EvidenceView(String hub, List<String> providers, List<String> territories, String period,
        List<EvidenceCard.Document> documents, String[] tag, boolean member, boolean canEdit, boolean canSubmit,
        boolean canApprove, boolean fourEyes, boolean canReturn, boolean canPublish, boolean canWithdraw) {

    public static EvidenceView of(Evidence e, boolean member, String userId, String hub, List<String> providers,
            Map<String, String> territoryNames) {
        String link = "/evidence/" + e.id().value() + "/documents/";
        EvidenceStage stage = e.stage();
        boolean wroteOrSubmitted = userId.equals(e.author()) || e.submittedBy().map(userId::equals).orElse(false);
        boolean approvable = member && stage.allows(EvidenceStage.Action.APPROVE);
        return new EvidenceView(hub, providers,
                e.content().territories().stream().sorted().map(t -> territoryNames.getOrDefault(t, t) + " (" + t + ")").toList(),
                EvidenceCard.period(e.content()),
                e.documents().stream().map(d -> EvidenceCard.document(d, e.isPublished() ? EvidenceCard.publicLink(e, d)
                        : link + d.sha256())).toList(),
                EvidenceServlet.tag(e), member, member && stage.allows(EvidenceStage.Action.EDIT),
                member && stage.allows(EvidenceStage.Action.SUBMIT), approvable && !wroteOrSubmitted,
                approvable && wroteOrSubmitted, member && stage.allows(EvidenceStage.Action.RETURN),
                member && stage.allows(EvidenceStage.Action.PUBLISH), member && stage.allows(EvidenceStage.Action.WITHDRAW));
    }

    /** Whether any step is offered. */
    public boolean anyStep() {
        return canSubmit || canApprove || canReturn || canPublish || canWithdraw;
    }
}
