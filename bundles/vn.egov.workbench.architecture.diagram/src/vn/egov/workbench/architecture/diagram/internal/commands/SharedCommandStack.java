package vn.egov.workbench.architecture.diagram.internal.commands;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

/**
 * The GEF command stack of a diagram editor, delegating to the model's EMF command stack: executing, undoing and
 * redoing here is doing it there, so Undo in the diagram also undoes tree edits and the other way round. GEF's own
 * undo list stays empty; listeners (GEF's Undo/Redo actions, the dirty flag) hear about every change of the EMF stack.
 */
public class SharedCommandStack extends CommandStack {

    private final BasicCommandStack emf;
    private final CommandStackListener relay = event -> notifyListeners();

    public SharedCommandStack(BasicCommandStack emf) {
        this.emf = emf;
        emf.addCommandStackListener(relay);
    }

    public BasicCommandStack getEmfStack() {
        return emf;
    }

    @Override
    public void execute(Command command) {
        if (command == null || !command.canExecute()) {
            return;
        }
        emf.execute(toEmf(command));
    }

    /** The EMF command that does what the GEF command does. */
    static org.eclipse.emf.common.command.Command toEmf(Command command) {
        if (command instanceof GefEmfCommand wrapper) {
            return wrapper.getEmfCommand();
        }
        if (command instanceof org.eclipse.gef.commands.CompoundCommand compound) {
            CompoundCommand result = new CompoundCommand(compound.getLabel());
            for (Object part : compound.getCommands()) {
                result.append(toEmf((Command) part));
            }
            return result;
        }
        return new EmfGefCommand(command);
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public boolean canRedo() {
        return emf.canRedo();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }

    @Override
    public Command getUndoCommand() {
        return label(emf.getUndoCommand());
    }

    @Override
    public Command getRedoCommand() {
        return label(emf.getRedoCommand());
    }

    private static Command label(org.eclipse.emf.common.command.Command command) {
        return command == null ? null : new GefEmfCommand(command);
    }

    @Override
    public boolean isDirty() {
        return emf.isSaveNeeded();
    }

    @Override
    public void markSaveLocation() {
        // the model document marks the save point when it saves; an editor must not do it alone
    }

    @Override
    public void flush() {
        // the stack belongs to the model, which other editors still edit
    }

    @Override
    public void dispose() {
        emf.removeCommandStackListener(relay);
    }
}
