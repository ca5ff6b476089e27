package vn.egov.workbench.example.smartcity.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Relationship;

/** A one-page Markdown summary of a model: counts by kind, then the applications with their owners. */
final class MarkdownSummary {

    private MarkdownSummary() {
    }

    static String of(Architecture model, Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage()); //$NON-NLS-1$
        Map<String, Integer> kinds = new TreeMap<>();
        int relationships = 0;
        StringBuilder apps = new StringBuilder();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Relationship) {
                relationships++;
            } else if (o instanceof Element e) {
                kinds.merge(e.eClass().getName(), 1, Integer::sum);
                if (e instanceof Application a) {
                    apps.append("| ").append(cell(a.getName())).append(" | ") //$NON-NLS-1$ //$NON-NLS-2$
                            .append(cell(a.getOwner() == null ? "–" : a.getOwner().getName())).append(" |\n"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("# ").append(cell(model.getName())).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        b.append(vi ? "Khung kiến trúc: " : "Framework version: ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(model.getFrameworkVersion() == null ? "–" : model.getFrameworkVersion()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        b.append(vi ? "## Phần tử theo loại\n\n| Loại | Số lượng |\n|---|---:|\n" //$NON-NLS-1$
                : "## Elements by kind\n\n| Kind | Count |\n|---|---:|\n"); //$NON-NLS-1$
        kinds.forEach((k, n) -> b.append("| ").append(k).append(" | ").append(n).append(" |\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        b.append('\n').append(vi ? "Số quan hệ: " : "Relationships: ").append(relationships).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        b.append(vi ? "## Ứng dụng\n\n| Ứng dụng | Đơn vị chủ quản |\n|---|---|\n" //$NON-NLS-1$
                : "## Applications\n\n| Application | Owner |\n|---|---|\n").append(apps); //$NON-NLS-1$
        b.append('\n').append(iocLine(model, vi));
        return b.toString();
    }

    private static String iocLine(Architecture model, boolean vi) {
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element e && IocPresentRule.isIoc(e.getName())) {
                return (vi ? "Trung tâm điều hành thông minh: " : "Intelligent operations centre: ") + e.getName() + '\n'; //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return vi ? "Chưa có trung tâm điều hành thông minh (IOC).\n" //$NON-NLS-1$
                : "No intelligent operations centre (IOC) yet.\n"; //$NON-NLS-1$
    }

    /** A table cell: pipes and line breaks would break the table. */
    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace('\n', ' '); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
