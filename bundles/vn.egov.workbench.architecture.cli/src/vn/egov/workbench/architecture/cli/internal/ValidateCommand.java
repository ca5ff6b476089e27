package vn.egov.workbench.architecture.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.validation.ModelLabels;
import vn.egov.workbench.architecture.validation.Problem;
import vn.egov.workbench.architecture.validation.RuleRegistry;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.Validator;
import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.ICliCommand;
import vn.egov.workbench.cli.Options;

/** {@code validate FILE}: one line per problem, then a summary; exit 1 when the model has errors. */
public class ValidateCommand implements ICliCommand {

    @Override
    public int run(CliInvocation inv) throws CliException {
        Options o = Options.parse(inv.args(), Set.of());
        Path file = ModelInput.file("validate", o.positional(), ""); //$NON-NLS-1$ //$NON-NLS-2$
        Architecture model = ModelInput.load(file);
        RuleRegistry registry = RuleRegistry.getDefault();
        List<Problem> problems = new Validator(registry).run(model);
        Locale locale = Locale.getDefault();
        int[] counts = new int[Severity.values().length];
        for (Problem p : problems) {
            counts[p.severity().ordinal()]++;
            inv.out().println(NLS.bind(Messages.Validate_problem, new Object[] {
                    ModelLabels.severity(p.severity(), locale), p.ruleId(), p.message(locale) }));
        }
        if (!model.getDisabledRules().isEmpty()) {
            inv.out().println(NLS.bind(Messages.Validate_disabled, String.join(", ", model.getDisabledRules()))); //$NON-NLS-1$
        }
        int errors = counts[Severity.ERROR.ordinal()];
        inv.out().println(NLS.bind(Messages.Validate_summary, new Object[] { file, errors,
                counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()], registry.rules().size() }));
        inv.out().println(errors > 0 ? Messages.Validate_invalid : Messages.Validate_valid);
        return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
