package vn.egov.workbench.example.smartcity.internal;

import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.validation.AbstractRule;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;

/**
 * {@code smartcity.ioc.present} (warning): a provincial architecture should plan an intelligent operations centre
 * (IOC, "Trung tâm giám sát, điều hành thông minh"), the hub of smart-city services. Checked once per model, on its
 * root.
 */
public class IocPresentRule extends AbstractRule<Architecture> {

    public static final String ID = "smartcity.ioc.present"; //$NON-NLS-1$

    public IocPresentRule() {
        super(ID, Severity.WARNING, ArchitecturePackage.Literals.ARCHITECTURE, Architecture.class,
                l -> vi(l) ? "Có trung tâm điều hành thông minh (IOC)" //$NON-NLS-1$
                        : "An intelligent operations centre (IOC) is planned"); //$NON-NLS-1$
    }

    @Override
    protected void validate(Architecture model, RuleContext context) {
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element e && isIoc(e.getName())) {
                return;
            }
        }
        context.report(model, l -> vi(l)
                ? "Mô hình chưa có trung tâm giám sát, điều hành thông minh (IOC) – nền tảng của đô thị thông minh" //$NON-NLS-1$
                : "The model has no intelligent operations centre (IOC), the hub of smart-city services"); //$NON-NLS-1$
    }

    static boolean isIoc(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.matches(".*\\bioc\\b.*") || n.contains("điều hành thông minh") //$NON-NLS-1$ //$NON-NLS-2$
                || n.contains("intelligent operations"); //$NON-NLS-1$
    }

    private static boolean vi(Locale l) {
        return "vi".equals(l.getLanguage()); //$NON-NLS-1$
    }
}
