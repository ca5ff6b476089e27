package vn.egov.workbench.architecture.editor.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.emf.ui.ItemLabelProvider;

/** The tabbed Properties view's title: the selected object's kind, name and icon (it is given the selection). */
public class TabTitleLabels extends LabelProvider {

    private ItemLabelProvider icons;
    private ModelDocument iconsOf;

    private static EObject selected(Object selection) {
        Object o = selection instanceof IStructuredSelection s ? s.getFirstElement() : selection;
        return o instanceof EObject e ? e : null;
    }

    @Override
    public String getText(Object selection) {
        EObject o = selected(selection);
        if (o == null) {
            return ""; //$NON-NLS-1$
        }
        String name = o instanceof NamedElement n && n.getName() != null ? n.getName() : ""; //$NON-NLS-1$
        return NLS.bind(Messages.Properties_title, Kinds.label(o.eClass()), name);
    }

    @Override
    public Image getImage(Object selection) {
        EObject o = selected(selection);
        ModelDocument document = o == null ? null : ModelDocuments.getDefault().documentFor(o);
        if (document == null || document.isClosed()) {
            return null;
        }
        if (document != iconsOf) {
            dispose();
            icons = new ItemLabelProvider(document.getAdapterFactory());
            iconsOf = document;
        }
        return icons.getImage(o);
    }

    @Override
    public void dispose() {
        if (icons != null) {
            icons.dispose();
            icons = null;
            iconsOf = null;
        }
        super.dispose();
    }
}
