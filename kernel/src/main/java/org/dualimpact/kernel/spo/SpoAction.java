package org.dualimpact.kernel.spo;

import java.util.Locale;

/** What can be done to an SPO; {@link SpoStage#allows} says when. Names are those of the API. */
public enum SpoAction {
    EDIT, ENDORSE, SUBMIT, AWARD, SIGN, ATTACH_CONTRACT, REVIEW, VALIDATE, WITHDRAW, EXPIRE;

    /** Lower-case name as shown to callers, e.g. {@code attach_contract}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
