package org.dualimpact.kernel.spo;

/** How skilled the volunteered time is; proxy values differ by level. */
public enum SkillLevel {
    /** Time anyone can give (helping at a session, a collection). */
    GENERAL,
    /** Trade or technical skills (maintenance, IT support, driving). */
    SKILLED,
    /** Professional expertise (legal, finance, strategy, mentoring at board level). */
    PROFESSIONAL
}
