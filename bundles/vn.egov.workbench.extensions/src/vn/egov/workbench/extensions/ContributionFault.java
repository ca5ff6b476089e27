package vn.egov.workbench.extensions;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.extensions.internal.Messages;

/**
 * A contribution that was left out or switched off.
 *
 * @param extensionPoint the full id of the extension point, e.g. {@code vn.egov.workbench.export.exporters}
 * @param contributor    the symbolic name of the plug-in (or fragment) that made the contribution
 * @param message        what is wrong, in the user's language
 */
public record ContributionFault(String extensionPoint, String contributor, String message) {

    /** One line for users and logs: the plug-in, the extension point and what is wrong. */
    @Override
    public String toString() {
        return NLS.bind(Messages.Fault_line, new Object[] { contributor, extensionPoint, message });
    }
}
