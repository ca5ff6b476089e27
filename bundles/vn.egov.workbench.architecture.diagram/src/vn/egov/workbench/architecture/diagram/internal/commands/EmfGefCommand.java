package vn.egov.workbench.architecture.diagram.internal.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;

/** An EMF command that runs a GEF command which carries no EMF command (e.g. one that GEF itself builds). */
final class EmfGefCommand extends AbstractCommand {

    private final org.eclipse.gef.commands.Command gef;

    EmfGefCommand(org.eclipse.gef.commands.Command gef) {
        super(gef.getLabel());
        this.gef = gef;
    }

    @Override
    protected boolean prepare() {
        return gef.canExecute();
    }

    @Override
    public void execute() {
        gef.execute();
    }

    @Override
    public boolean canUndo() {
        return gef.canUndo();
    }

    @Override
    public void undo() {
        gef.undo();
    }

    @Override
    public void redo() {
        gef.redo();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of();
    }
}
