package vn.egov.workbench.architecture.diagram.internal.commands;

import org.eclipse.emf.common.command.Command;

/**
 * A GEF command that carries an EMF command. Edit policies return these; {@link SharedCommandStack} unwraps them and
 * executes the EMF command on the model's one command stack, so the tree and the diagram share one Undo history.
 */
public class GefEmfCommand extends org.eclipse.gef.commands.Command {

    private final Command emf;

    public GefEmfCommand(Command emf) {
        super(emf.getLabel());
        this.emf = emf;
    }

    public Command getEmfCommand() {
        return emf;
    }

    @Override
    public boolean canExecute() {
        return emf.canExecute();
    }

    @Override
    public void execute() {
        emf.execute();
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }
}
