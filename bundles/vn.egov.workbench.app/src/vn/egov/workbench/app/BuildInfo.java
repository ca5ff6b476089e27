package vn.egov.workbench.app;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * The product's version and build id. The build id is the bundle's qualifier, which Tycho stamps
 * with the build time, so every build of the product can be told apart in Help &gt; About.
 */
public record BuildInfo(String version, String buildId) {

    public static BuildInfo current() {
        Bundle bundle = Platform.getBundle(WorkbenchIds.BUNDLE_ID);
        return of(bundle == null ? Version.emptyVersion : bundle.getVersion());
    }

    public static BuildInfo of(Version v) {
        String version = v.getMajor() + "." + v.getMinor() + "." + v.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
        String qualifier = v.getQualifier();
        return new BuildInfo(version, qualifier.isEmpty() || "qualifier".equals(qualifier) //$NON-NLS-1$
                ? "dev" : qualifier); //$NON-NLS-1$
    }
}
