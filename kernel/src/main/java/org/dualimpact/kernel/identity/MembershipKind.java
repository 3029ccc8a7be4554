package org.dualimpact.kernel.identity;

/** Whether a membership belongs to a person or to a machine client (a service account). */
public enum MembershipKind {
    /** A person who signs in. */
    USER,
    /** A client of an integrator, signing in with client credentials at a trusted provider. */
    SERVICE
}
