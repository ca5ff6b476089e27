package vn.egov.workbench.architecture.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.TransferData;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderItem;

/**
 * Moves folder items and folders by drag and drop: dropped on a folder, a kind group or an item, they go into that
 * folder through EMF's {@link DragAndDropCommand} on the model's stack (one undoable step).
 */
public class TreeDropAdapter extends ViewerDropAdapter {

    private final ModelDocument document;

    public TreeDropAdapter(TreeViewer viewer, ModelDocument document) {
        super(viewer);
        this.document = document;
        setFeedbackEnabled(false); // always "into": the model keeps no order the user would drop between
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData type) {
        return LocalSelectionTransfer.getTransfer().isSupportedType(type)
                && command(target, LocalSelectionTransfer.getTransfer().getSelection()).canExecute();
    }

    @Override
    public boolean performDrop(Object data) {
        ISelection selection = data instanceof ISelection s ? s : LocalSelectionTransfer.getTransfer().getSelection();
        return drop(getCurrentTarget(), selection);
    }

    /** Moves the selected items into the folder of {@code target}; what a completed drag does. */
    public boolean drop(Object target, ISelection selection) {
        Command command = command(target, selection);
        if (!command.canExecute()) {
            return false;
        }
        document.getCommandStack().execute(command);
        return true;
    }

    Command command(Object target, ISelection selection) {
        Object owner = target instanceof Architecture ? target : PastePlan.folderOf(target);
        if (owner == null || !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        List<EObject> moved = new ArrayList<>();
        for (Object o : s.toList()) {
            if (!(o instanceof FolderItem || o instanceof Folder) || o == owner
                    || EcoreUtil.isAncestor((EObject) o, (EObject) owner)
                    || ((EObject) o).eContainer() == owner || o instanceof Folder && owner instanceof Folder f
                            && Kinds.domainOf(f) != Kinds.domainOf((EObject) o)) {
                return UnexecutableCommand.INSTANCE;
            }
            if (o instanceof FolderItem item && owner instanceof Folder f && !Kinds.allowed(f, item.eClass())) {
                return UnexecutableCommand.INSTANCE;
            }
            moved.add((EObject) o);
        }
        return DragAndDropCommand.create(document.getEditingDomain(), owner, 0.5f, DragAndDropFeedback.DROP_MOVE,
                DragAndDropFeedback.DROP_MOVE, moved);
    }
}
