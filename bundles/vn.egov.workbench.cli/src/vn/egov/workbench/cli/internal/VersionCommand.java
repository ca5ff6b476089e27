package vn.egov.workbench.cli.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Version;

import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.ICliCommand;

/** {@code version}: the version and build id (the bundle qualifier Tycho stamps at build time). */
public class VersionCommand implements ICliCommand {

    @Override
    public int run(CliInvocation invocation) {
        Version v = Platform.getBundle("vn.egov.workbench.cli").getVersion(); //$NON-NLS-1$
        invocation.out().println(NLS.bind(Messages.Version_line, new Object[] {
                v.getMajor() + "." + v.getMinor() + "." + v.getMicro(), v.getQualifier(), //$NON-NLS-1$ //$NON-NLS-2$
                System.getProperty("java.version") })); //$NON-NLS-1$
        return ExitCodes.OK;
    }
}
