package vn.egov.workbench.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The product's headless application: {@code ./workbench COMMAND ARGS...}. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int code = new Cli(CommandRegistry.getDefault(), System.out, System.err).run(args == null ? new String[0] : args);
        System.out.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // commands are short; nothing to interrupt
    }
}
