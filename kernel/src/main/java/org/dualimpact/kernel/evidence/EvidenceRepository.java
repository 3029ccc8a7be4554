package org.dualimpact.kernel.evidence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;

/** Where impact evidence and its documents are kept. */
public interface EvidenceRepository {

    void add(Evidence evidence);

    Optional<Evidence> find(EvidenceId id);

    /** Stores the evidence as changed, if it is still at {@code evidence.version()}; the store then counts it up. */
    void update(Evidence evidence);

    /** A document's content, stored apart from the evidence and named by its SHA-256. */
    void storeContent(String sha256, byte[] content);

    Optional<byte[]> content(String sha256);

    /** Every piece of evidence of one hub, newest first. */
    List<Evidence> ofHub(OrganisationId hub);

    /**
     * Published evidence, newest first: about the provider when one is given, and naming one of the
     * territories when any are given.
     */
    List<Evidence> published(Optional<OrganisationId> provider, Set<String> territories, int limit);
}
