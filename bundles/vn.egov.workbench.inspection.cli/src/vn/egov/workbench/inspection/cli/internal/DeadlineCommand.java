package vn.egov.workbench.inspection.cli.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.Options;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.DayOff;
import vn.egov.workbench.inspection.rules.DeadlineRule;
import vn.egov.workbench.inspection.rules.HolidayCalendar;
import vn.egov.workbench.inspection.rules.RuleBook;

/**
 * {@code inspections deadline --record YYYY-MM-DD [--case standard|transferred|explanation|complex]}:
 * the last day to issue the sanction decision, with the rule applied and the days off it skipped.
 */
class DeadlineCommand implements InspectionsCommand.Subcommand {

    private static final List<String> CASES = List.of("standard", "transferred", "explanation", "complex"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    @Override
    public int run(List<String> args, CliInvocation inv) throws CliException {
        Options o = Options.parse(args, Set.of("record", "case")); //$NON-NLS-1$ //$NON-NLS-2$
        if (!o.positional().isEmpty()) {
            throw new CliException(NLS.bind(Messages.Inspections_unexpected, o.positional().get(0)));
        }
        LocalDate record = o.date("record", null); //$NON-NLS-1$
        if (record == null) {
            o.require("record"); //$NON-NLS-1$
        }
        CaseKind kind = CaseKind.valueOf(o.choice("case", "standard", CASES).toUpperCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
        RuleBook book = RuleBook.getDefault(); // built-in data and plug-ins' catalogues and calendars
        DeadlineRule rule = book.rules().decisionDeadline(kind, record);
        LocalDate deadline = book.deadlines().apply(rule, record);
        Locale locale = Locale.getDefault();

        inv.out().println(NLS.bind(Messages.Deadline_record, Formats.date(record, locale)));
        inv.out().println(NLS.bind(Messages.Deadline_rule, Formats.caseKind(kind), Formats.period(rule)));
        inv.out().println(NLS.bind(Messages.Deadline_legalBasis, rule.source()));
        for (DayOff day : daysOff(book.calendar(), record, deadline)) {
            inv.out().println(NLS.bind(Messages.Deadline_skipped, Formats.date(day.date(), locale), day.name().in(locale)));
        }
        inv.out().println(NLS.bind(Messages.Deadline_result, Formats.date(deadline, locale)));
        if (!rule.confirmed()) {
            inv.out().println(Messages.Deadline_unconfirmed);
        }
        return ExitCodes.OK;
    }

    private static List<DayOff> daysOff(HolidayCalendar calendar, LocalDate from, LocalDate to) {
        List<DayOff> result = new ArrayList<>();
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            calendar.dayOff(d).ifPresent(result::add);
        }
        return result;
    }
}
