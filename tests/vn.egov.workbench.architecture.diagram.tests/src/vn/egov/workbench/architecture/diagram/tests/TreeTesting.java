package vn.egov.workbench.architecture.diagram.tests;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitecturePackage;

/** The model editor's tree, as the diagram tests drive it. */
final class TreeTesting {

    private TreeTesting() {
    }

    /** Expands the model, its domain folders and what is directly inside them. */
    static void expandTwoLevels(ModelEditor editor) {
        Architecture model = editor.getDocument().getModel();
        editor.getTreeViewer().setExpandedState(model, true);
        for (Object folder : editor.getContentProvider().children(model)) {
            editor.getTreeViewer().setExpandedState(folder, true);
            for (Object child : editor.getContentProvider().children(folder)) {
                if (!editor.getContentProvider().children(child).isEmpty()
                        && editor.getContentProvider().children(child).size() <= 12) {
                    editor.getTreeViewer().setExpandedState(child, true);
                }
            }
        }
        DiagramTesting.runEvents();
    }

    /** An application (not a portal) with an owner, as shown in the overall diagram. */
    static Application application(Architecture model) {
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Application a && a.eClass() == ArchitecturePackage.Literals.APPLICATION
                    && a.getOwner() != null) {
                return a;
            }
        }
        throw new AssertionError("the sample has no application with an owner");
    }

    /**
     * Clears an application's owner and security level and gives a second application the first one's code, as
     * commands on the model's stack (undoable, the editor becomes dirty).
     */
    static void breakThreeRules(vn.egov.workbench.architecture.editing.ModelDocument document) {
        Application first = application(document.getModel());
        Application second = null;
        for (TreeIterator<EObject> it = document.getModel().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Application a && a != first && a.eClass() == ArchitecturePackage.Literals.APPLICATION) {
                second = a;
                break;
            }
        }
        var domain = document.getEditingDomain();
        var commands = new org.eclipse.emf.common.command.CompoundCommand();
        commands.append(org.eclipse.emf.edit.command.SetCommand.create(domain, first,
                ArchitecturePackage.Literals.ELEMENT__OWNER, null));
        commands.append(org.eclipse.emf.edit.command.SetCommand.create(domain, first,
                ArchitecturePackage.Literals.APPLICATION__SECURITY_LEVEL, 0));
        commands.append(org.eclipse.emf.edit.command.SetCommand.create(domain, second,
                ArchitecturePackage.Literals.NAMED_ELEMENT__CODE, first.getCode()));
        domain.getCommandStack().execute(commands);
    }
}
