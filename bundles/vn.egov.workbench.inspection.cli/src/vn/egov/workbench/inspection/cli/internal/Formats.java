package vn.egov.workbench.inspection.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.DeadlineRule;
import vn.egov.workbench.inspection.rules.FineStep;

/** How the commands print dates, periods and the legal words, in the user's language. */
final class Formats {

    private Formats() {
    }

    /** "17/02/2021 (Thứ Tư)" or "17/02/2021 (Wednesday)". */
    static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy (EEEE)", locale)); //$NON-NLS-1$
    }

    static String period(DeadlineRule rule) {
        String pattern = switch (rule.unit()) {
            case WORKING_DAYS -> Messages.Period_workingDays;
            case DAYS -> Messages.Period_days;
            case MONTHS -> Messages.Period_months;
        };
        return NLS.bind(pattern, Integer.toString(rule.amount()));
    }

    static String caseKind(CaseKind kind) {
        return switch (kind) {
            case STANDARD -> Messages.Case_standard;
            case TRANSFERRED -> Messages.Case_transferred;
            case EXPLANATION -> Messages.Case_explanation;
            case COMPLEX -> Messages.Case_complex;
        };
    }

    static String step(FineStep step) {
        return switch (step) {
            case MINIMUM -> Messages.Step_minimum;
            case LOWER -> Messages.Step_lower;
            case MIDPOINT -> Messages.Step_midpoint;
            case UPPER -> Messages.Step_upper;
            case MAXIMUM -> Messages.Step_maximum;
        };
    }
}
