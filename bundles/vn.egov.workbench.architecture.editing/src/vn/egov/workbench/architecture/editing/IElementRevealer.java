package vn.egov.workbench.architecture.editing;

import org.eclipse.emf.ecore.EObject;

/**
 * Shows a model object to the user: the tree editor selects its item, a diagram editor selects and scrolls to the
 * figures that show it. Editors return one from {@code getAdapter(IElementRevealer.class)}; the Problems view and
 * "select in tree/diagram" ask every open editor of the object's model.
 */
public interface IElementRevealer {

    /** @return whether this part shows {@code object} (and has now revealed it) */
    boolean reveal(EObject object);
}
