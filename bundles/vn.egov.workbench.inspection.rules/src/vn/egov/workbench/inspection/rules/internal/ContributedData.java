package vn.egov.workbench.inspection.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;

import vn.egov.workbench.extensions.ContributionException;
import vn.egov.workbench.extensions.Contributions;
import vn.egov.workbench.inspection.rules.HolidayCalendar;
import vn.egov.workbench.inspection.rules.LegalCatalogue;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.rules.RuleViolation;
import vn.egov.workbench.inspection.rules.SanctionRules;

/**
 * The built-in data plus the files contributed to {@code vn.egov.workbench.inspection.rules.data}. Each file goes
 * through the same reader as the built-in ones; a file that fails adds nothing and is reported with its plug-in's
 * name, the others are used.
 */
public final class ContributedData {

    public static final String EXTENSION_POINT = "vn.egov.workbench.inspection.rules.data"; //$NON-NLS-1$

    private ContributedData() {
    }

    public static RuleBook read() {
        return read(Contributions.elements(EXTENSION_POINT));
    }

    public static RuleBook read(IConfigurationElement[] elements) {
        LegalCatalogue.Builder catalogue = LegalCatalogue.builder().addBuiltIn();
        HolidayCalendar.Builder calendar = HolidayCalendar.builder().addBuiltIn();
        Contributions.read(EXTENSION_POINT, elements, element -> {
            String kind = element.getName();
            if (!kind.equals("catalogue") && !kind.equals("holidays")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new ContributionException(new RuleViolation("contribution.unknownElement", //$NON-NLS-1$
                        Contributions.describe(element)).message(Locale.getDefault()));
            }
            String source = Contributions.contributor(element) + "/" + Contributions.required(element, "file"); //$NON-NLS-1$ //$NON-NLS-2$
            try (InputStream in = Contributions.resource(element, "file").openStream()) { //$NON-NLS-1$
                if (kind.equals("catalogue")) { //$NON-NLS-1$
                    catalogue.add(in, source);
                } else {
                    calendar.add(in, source);
                }
            } catch (RuleViolation e) {
                throw new ContributionException(e.message(Locale.getDefault()), e);
            } catch (IOException e) {
                throw new ContributionException(source + ": " + e, e); //$NON-NLS-1$
            }
            return element;
        });
        return new RuleBook(catalogue.build(), calendar.build(), SanctionRules.builtIn());
    }
}
