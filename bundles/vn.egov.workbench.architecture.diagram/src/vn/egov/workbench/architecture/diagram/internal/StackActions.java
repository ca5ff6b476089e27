package vn.egov.workbench.architecture.diagram.internal;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.ui.actions.RedoAction;
import org.eclipse.gef.ui.actions.UndoAction;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPart;

/** GEF's Undo and Redo with our labels (GEF's own are English only). */
public final class StackActions {

    private StackActions() {
    }

    public static final class Undo extends UndoAction {
        public Undo(IWorkbenchPart part) {
            super(part);
        }

        @Override
        protected void refresh() {
            super.refresh();
            Command command = getCommandStack().getUndoCommand();
            setText(NLS.bind(Messages.Edit_undo, command == null ? "" : command.getLabel()).trim()); //$NON-NLS-1$
            setToolTipText(getText().replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    public static final class Redo extends RedoAction {
        public Redo(IWorkbenchPart part) {
            super(part);
        }

        @Override
        protected void refresh() {
            super.refresh();
            Command command = getCommandStack().getRedoCommand();
            setText(NLS.bind(Messages.Edit_redo, command == null ? "" : command.getLabel()).trim()); //$NON-NLS-1$
            setToolTipText(getText().replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
