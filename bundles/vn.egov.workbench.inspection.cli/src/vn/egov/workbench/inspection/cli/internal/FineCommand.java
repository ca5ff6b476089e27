package vn.egov.workbench.inspection.cli.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.Options;
import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.FineCalculator;
import vn.egov.workbench.inspection.rules.FineRange;
import vn.egov.workbench.inspection.rules.FineStep;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.rules.ViolatorType;
import vn.egov.workbench.inspection.rules.Vnd;

/**
 * {@code inspections fine --decree 15/2020 --article "Đ8 k2" --violator organisation|individual
 * [--mitigating N] [--aggravating N] [--on YYYY-MM-DD]}: the applicable range and the fine.
 */
class FineCommand implements InspectionsCommand.Subcommand {

    private static final List<String> VIOLATORS = List.of("organisation", "individual"); //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public int run(List<String> args, CliInvocation inv) throws CliException {
        Options o = Options.parse(args, Set.of("decree", "article", "violator", "mitigating", "aggravating", "on")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        if (!o.positional().isEmpty()) {
            throw new CliException(NLS.bind(Messages.Inspections_unexpected, o.positional().get(0)));
        }
        String decree = o.require("decree"); //$NON-NLS-1$
        String ref = o.require("article"); //$NON-NLS-1$
        o.require("violator"); //$NON-NLS-1$
        ViolatorType violator = ViolatorType.valueOf(o.choice("violator", null, VIOLATORS).toUpperCase(Locale.ROOT)); //$NON-NLS-1$
        int mitigating = o.intValue("mitigating", 0, 0); //$NON-NLS-1$
        int aggravating = o.intValue("aggravating", 0, 0); //$NON-NLS-1$
        LocalDate on = o.date("on", LocalDate.now()); //$NON-NLS-1$

        Article article = RuleBook.getDefault().catalogue().require(decree, ref, on);
        Locale locale = Locale.getDefault();
        FineRange range = FineCalculator.range(article, violator);
        long fine = FineCalculator.fine(article, violator, mitigating, aggravating);

        inv.out().println(NLS.bind(Messages.Fine_article, article.citation(), article.behaviour().in(locale)));
        inv.out().println(NLS.bind(Messages.Fine_violator, violator.label().in(locale), Formats.date(on, locale)));
        inv.out().println(NLS.bind(Messages.Fine_range, Vnd.format(range.min(), locale), Vnd.format(range.max(), locale)));
        inv.out().println(NLS.bind(Messages.Fine_circumstances, new Object[] { mitigating, aggravating,
                Formats.step(FineStep.of(mitigating, aggravating)) }));
        inv.out().println(NLS.bind(Messages.Fine_result, Vnd.format(fine, locale)));
        if (article.warningAllowed()) {
            inv.out().println(Messages.Fine_warningAllowed);
        }
        if (!article.confirmed()) {
            inv.out().println(Messages.Fine_unconfirmed);
        }
        return ExitCodes.OK;
    }
}
