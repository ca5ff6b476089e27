package vn.egov.workbench.architecture.editor.internal;

import java.util.List;
import java.util.function.BiPredicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.model.NamedElement;

/**
 * The editor's Edit actions, plugged into the workbench's global Undo, Redo, Delete, Copy, Paste and Rename by
 * {@link ModelEditorActionBarContributor} and shown in the tree's context menu. All of them work on the model's
 * one command stack.
 */
public final class EditorActions implements CommandStackListener {

    /** Asks the user before a delete that removes more than the selection; tests answer for the user. */
    public static BiPredicate<Shell, String> confirm = (shell, message) -> MessageDialog.openQuestion(shell,
            Messages.Delete_title, message);

    private final ModelEditor editor;
    private final CommandStack stack;
    public final Action undo = new Action() {
        @Override
        public void run() {
            stack.undo();
        }
    };
    public final Action redo = new Action() {
        @Override
        public void run() {
            stack.redo();
        }
    };
    public final Action delete = new Action(Messages.Action_delete) {
        @Override
        public void run() {
            delete(selection().toList());
        }
    };
    public final Action copy = new Action(Messages.Action_copy) {
        @Override
        public void run() {
            editor.getDocument().getEditingDomain().setClipboard(new java.util.ArrayList<Object>(PastePlan.copyable(selection().toList())));
            updateSelectionActions();
        }
    };
    public final Action paste = new Action(Messages.Action_paste) {
        @Override
        public void run() {
            paste(selection().getFirstElement());
        }
    };
    public final Action rename = new Action(Messages.Action_rename) {
        @Override
        public void run() {
            if (selection().getFirstElement() instanceof NamedElement n) {
                editor.rename(n);
            }
        }
    };
    public final Action validate = new Action(Messages.Action_validate) {
        @Override
        public void run() {
            editor.validate();
        }
    };

    public EditorActions(ModelEditor editor) {
        this.editor = editor;
        this.stack = editor.getDocument().getCommandStack();
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setId(ActionFactory.UNDO.getId());
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setId(ActionFactory.REDO.getId());
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        delete.setId(ActionFactory.DELETE.getId());
        delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        copy.setId(ActionFactory.COPY.getId());
        copy.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        paste.setId(ActionFactory.PASTE.getId());
        paste.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_PASTE));
        rename.setId(ActionFactory.RENAME.getId());
        rename.setActionDefinitionId("org.eclipse.ui.edit.rename"); //$NON-NLS-1$
        stack.addCommandStackListener(this);
        commandStackChanged(null);
        updateSelectionActions();
    }

    private IStructuredSelection selection() {
        return editor.getTreeViewer().getStructuredSelection();
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        Command u = stack.getUndoCommand();
        Command r = stack.getRedoCommand();
        undo.setEnabled(stack.canUndo());
        undo.setText(u == null || u.getLabel() == null ? Messages.Action_undo : NLS.bind(Messages.Action_undoNamed, u.getLabel()));
        redo.setEnabled(stack.canRedo());
        redo.setText(r == null || r.getLabel() == null ? Messages.Action_redo : NLS.bind(Messages.Action_redoNamed, r.getLabel()));
    }

    /** Enables the actions that depend on the tree's selection; called when it changes. */
    public void updateSelectionActions() {
        List<?> selected = selection().toList();
        delete.setEnabled(!selected.isEmpty() && !DeletePlan.of(editor.getDocument().getModel(), selected).isEmpty());
        copy.setEnabled(!PastePlan.copyable(selected).isEmpty());
        paste.setEnabled(!clipboard().isEmpty() && PastePlan.folderOf(selection().getFirstElement()) != null);
        rename.setEnabled(selected.size() == 1 && selected.get(0) instanceof NamedElement);
    }

    /**
     * Deletes the objects with everything that would dangle without them, asking first when that is more than the
     * selection.
     *
     * @return whether anything was deleted
     */
    public boolean delete(List<?> objects) {
        DeletePlan plan = DeletePlan.of(editor.getDocument().getModel(), objects);
        if (plan.isEmpty()) {
            return false;
        }
        if (!plan.dangling().isEmpty()) {
            String message = NLS.bind(Messages.Delete_dangling, plan.selected().size(), plan.dangling().size());
            if (!confirm.test(editor.getSite().getShell(), message)) {
                return false;
            }
        }
        Command command = plan.command(editor.getDocument().getEditingDomain());
        if (!command.canExecute()) {
            return false;
        }
        stack.execute(command);
        return true;
    }

    /** Pastes copies of the clipboard into the folder of {@code target}; selects them. */
    public boolean paste(Object target) {
        List<EObject> originals = clipboard();
        Command command = PastePlan.command(editor.getDocument().getEditingDomain(), target, originals);
        if (!command.canExecute()) {
            return false;
        }
        stack.execute(command);
        editor.select(command.getAffectedObjects());
        return true;
    }

    /** What Copy put on the model's clipboard (the originals: each paste copies them again). */
    private List<EObject> clipboard() {
        java.util.Collection<Object> c = editor.getDocument().getEditingDomain().getClipboard();
        List<EObject> result = new java.util.ArrayList<>();
        if (c != null) {
            c.stream().filter(o -> o instanceof EObject e && e.eResource() != null).forEach(o -> result.add((EObject) o));
        }
        return result;
    }

    public void dispose() {
        stack.removeCommandStackListener(this);
    }
}
