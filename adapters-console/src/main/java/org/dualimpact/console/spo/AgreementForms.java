package org.dualimpact.console.spo;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dualimpact.console.Inputs;
import org.dualimpact.kernel.ledger.CorrectContribution;
import org.dualimpact.kernel.ledger.RecordContribution;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.SpoAgreement;

/**
 * The agreement pages' forms exactly as typed (shown again after a refusal, losing nothing) and their
 * parsing into the kernel's requests: only numbers and dates that do not parse, and a choice not made,
 * are refused here; every other rule is the kernel's.
 */
public final class AgreementForms {

    private AgreementForms() {
    }

    /** The buyer's contract: attached to the agreement read at {@code version}. */
    public record Contract(String contractReference, String start, String end, String value, String version) {

        public static Contract from(HttpServletRequest request) {
            return new Contract(Inputs.text(request, "contractReference"), Inputs.text(request, "start"),
                    Inputs.text(request, "end"), Inputs.text(request, "value"), Inputs.text(request, "version"));
        }

        public Contract withVersion(long newer) {
            return new Contract(contractReference, start, end, value, String.valueOf(newer));
        }

        public SpoAgreement.ContractRequest request(List<FieldError> errors) {
            return new SpoAgreement.ContractRequest(contractReference.isBlank() ? null : contractReference.strip(),
                    Inputs.date(start, "start", "Enter the start date as year-month-day, like 2026-04-01", errors),
                    Inputs.date(end, "end", "Enter the end date as year-month-day, like 2028-03-31", errors),
                    Inputs.number(value, "value", "Enter the contract value in pounds as a number, like 90000", errors));
        }
    }

    /** A contribution the supplier records against one commitment line (numbered from 1). */
    public record Contribution(String line, String quantity, String value, String deliveryDate, String description) {

        public static final Contribution EMPTY = new Contribution("", "", "", "", "");

        public static Contribution from(HttpServletRequest request) {
            return new Contribution(Inputs.text(request, "line"), Inputs.text(request, "quantity"), Inputs.text(request, "value"),
                    Inputs.text(request, "deliveryDate"), Inputs.text(request, "description"));
        }

        /** The request for the line chosen: its type and measure are the line's. */
        public RecordContribution.Request request(List<Commitment> lines, List<FieldError> errors) {
            int number = lineNumber(lines.size());
            if (number < 1) {
                errors.add(new FieldError("line", "Choose the commitment line you delivered"));
            }
            var amount = Inputs.number(value, "value", "Enter the value in pounds as a number, like 1500", errors);
            var count = Inputs.number(quantity, "quantity", "Enter the quantity as a number, like 12", errors);
            var date = Inputs.date(deliveryDate, "deliveryDate", "Enter the delivery date as year-month-day, like 2026-11-30", errors);
            if (number < 1) {
                return null;
            }
            Commitment c = lines.get(number - 1);
            return new RecordContribution.Request(c.type(), count, c.unit(), amount, c.measureCode(), null, date, number,
                    description.isBlank() ? null : description, null, null);
        }

        private int lineNumber(int lines) {
            try {
                int n = Integer.parseInt(line.strip());
                return n >= 1 && n <= lines ? n : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    /** A provider's dispute, or a supplier's correction; {@code seen} is the latest entry about the contribution when read. */
    public record FollowUp(String kind, String quantity, String value, String reason, String seen) {

        public static final FollowUp EMPTY = new FollowUp("", "", "", "", "");

        public static FollowUp from(HttpServletRequest request) {
            return new FollowUp(Inputs.text(request, "kind"), Inputs.text(request, "quantity"), Inputs.text(request, "value"),
                    Inputs.text(request, "reason"), Inputs.text(request, "seen"));
        }

        public FollowUp seeing(long latest) {
            return new FollowUp(kind, quantity, value, reason, String.valueOf(latest));
        }

        public long seenSequence() {
            try {
                return Long.parseLong(seen);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        public CorrectContribution.Request correction(List<FieldError> errors) {
            boolean reversal = "reverse".equals(kind);
            if (!reversal && !"amend".equals(kind)) {
                errors.add(new FieldError("kind", "Choose whether to amend or reverse the contribution"));
            }
            return new CorrectContribution.Request(reversal,
                    Inputs.number(quantity, "quantity", "Enter the quantity as a number, like 12", errors),
                    Inputs.number(value, "value", "Enter the value in pounds as a number, like 1500", errors), reason);
        }
    }
}
