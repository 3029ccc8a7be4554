package org.dualimpact.kernel.scoring;

/** How the social value part of a tender is scored. */
public enum SocialValueMethod {
    /** Evaluators mark each criterion on the tender's scale; a moderator records the consensus. */
    MARKS,
    /**
     * The net proxy value of each bid's SPO commitments, per criterion, relative to the best bid
     * (optionally per pound of the bid price); a bid that references other evidence is marked instead.
     */
    QUANTITATIVE
}
