package org.dualimpact.kernel.organisation;

/** The part an organisation plays in the model. */
public enum OrganisationKind {
    /** A public buying organisation (police, council, NHS body, fire and rescue, criminal justice). */
    BUYER,
    /** A business supplying public buyers. */
    SUPPLIER,
    /** A community provider: charity, social enterprise, voluntary or community group. */
    PROVIDER,
    /** A regional research hub (a university) measuring impact. */
    HUB
}
