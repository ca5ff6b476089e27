package vn.egov.workbench.architecture.editor.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.emf.ui.ItemLabelProvider;

/**
 * Tree labels: an element by its name (its icon tells the kind), a kind group by the kind and the number of items,
 * and a problem marker (error or warning overlay) on objects the last validation found problems with.
 */
public class ModelTreeLabelProvider extends ItemLabelProvider {

    private final ModelDocument document;
    private final ModelTreeContentProvider content;
    private final LocalResourceManager overlays = new LocalResourceManager(JFaceResources.getResources());
    private final Map<EClass, EObject> prototypes = new HashMap<>();

    public ModelTreeLabelProvider(ModelDocument document, ModelTreeContentProvider content) {
        super(document.getAdapterFactory());
        this.document = document;
        this.content = content;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof KindGroup g) {
            return NLS.bind(Messages.Tree_group, content.kindLabel(g.kind()), content.children(g).size());
        }
        if (element instanceof NamedElement n && n.getName() != null && !n.getName().isEmpty()) {
            return n.getName();
        }
        return super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof KindGroup g) {
            return super.getImage(prototypes.computeIfAbsent(g.kind(), EcoreUtil::create));
        }
        Image base = super.getImage(element);
        if (base == null || !(element instanceof EObject o)) {
            return base;
        }
        Severity worst = document.getProblems().worstOf(o);
        if (worst == null || worst == Severity.INFO) {
            return base;
        }
        String key = worst == Severity.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR : ISharedImages.IMG_DEC_FIELD_WARNING;
        ImageDescriptor overlay = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(key);
        return overlays.create(new DecorationOverlayIcon(base, overlay, IDecoration.BOTTOM_LEFT));
    }

    @Override
    public void dispose() {
        overlays.dispose();
        super.dispose();
    }
}
