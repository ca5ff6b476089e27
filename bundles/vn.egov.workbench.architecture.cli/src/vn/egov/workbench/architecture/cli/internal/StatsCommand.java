package vn.egov.workbench.architecture.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.PropertiesHolder;
import vn.egov.workbench.architecture.model.Relationship;
import vn.egov.workbench.architecture.validation.ModelLabels;
import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.ICliCommand;
import vn.egov.workbench.cli.Options;

/**
 * {@code stats FILE}: elements by kind and by domain (the type of their top-level folder), relationships by type,
 * diagrams and properties. Kinds appear in the order first met in the model, which follows its folders.
 */
public class StatsCommand implements ICliCommand {

    @Override
    public int run(CliInvocation inv) throws CliException {
        Options o = Options.parse(inv.args(), Set.of());
        Path file = ModelInput.file("stats", o.positional(), ""); //$NON-NLS-1$ //$NON-NLS-2$
        Architecture model = ModelInput.load(file);
        Locale locale = Locale.getDefault();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        Map<String, Integer> domains = new LinkedHashMap<>();
        Map<String, Integer> types = new LinkedHashMap<>();
        int elements = 0;
        int relations = 0;
        int diagrams = 0;
        int properties = model.getProperties().size();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof PropertiesHolder holder) {
                properties += holder.getProperties().size();
            }
            if (object instanceof Element e) {
                elements++;
                kinds.merge(kindLabel(e, locale), 1, Integer::sum);
                domains.merge(ModelInput.domain(e), 1, Integer::sum);
            } else if (object instanceof Relationship r) {
                relations++;
                types.merge(kindLabel(r, locale), 1, Integer::sum);
            } else if (object instanceof Diagram) {
                diagrams++;
            }
        }
        PrintStream out = inv.out();
        String version = model.getFrameworkVersion() == null ? Messages.Stats_noVersion : model.getFrameworkVersion();
        out.println(NLS.bind(Messages.Stats_model, new Object[] { model.getName(), version, file }));
        out.println(NLS.bind(Messages.Stats_elements, elements));
        table(out, Messages.Stats_byKind, kinds);
        table(out, Messages.Stats_byDomain, domains);
        out.println(NLS.bind(Messages.Stats_relations, relations));
        table(out, Messages.Stats_byType, types);
        out.println(NLS.bind(Messages.Stats_diagrams, diagrams));
        out.println(NLS.bind(Messages.Stats_properties, properties));
        return ExitCodes.OK;
    }

    /** The kind in the user's language with its metamodel name, which export files and scripts use. */
    private static String kindLabel(EObject object, Locale locale) {
        return ModelLabels.kind(object.eClass(), locale) + " (" + object.eClass().getName() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void table(PrintStream out, String title, Map<String, Integer> counts) {
        out.println(title);
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        counts.forEach((label, n) -> out.println("  " + label + " ".repeat(width - label.length()) + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + String.format("%6d", n))); //$NON-NLS-1$
    }
}
