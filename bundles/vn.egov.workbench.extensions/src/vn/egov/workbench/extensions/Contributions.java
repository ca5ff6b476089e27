package vn.egov.workbench.extensions;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import vn.egov.workbench.extensions.internal.Messages;

/**
 * Reads the contributions of an extension point one by one, so that a malformed one, or one whose code throws, is
 * reported through {@link ContributionFaults} with its plug-in's name and left out, and the others are used. The
 * registries of the workbench's extension points (validation rules, legal data, exporters, commands) share it.
 */
public final class Contributions {

    /** Turns one configuration element into what the registry keeps; may fail in any way. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(IConfigurationElement element) throws Exception;
    }

    private Contributions() {
    }

    /** The elements contributed to an extension point; none outside OSGi. */
    public static IConfigurationElement[] elements(String extensionPoint) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        return registry == null ? new IConfigurationElement[0] : registry.getConfigurationElementsFor(extensionPoint);
    }

    /** Reads every element of the extension point; an element that fails is reported and skipped. */
    public static <T> List<T> read(String extensionPoint, Reader<T> reader) {
        return read(extensionPoint, elements(extensionPoint), reader);
    }

    /** Reads the given elements; an element that fails is reported and skipped. */
    public static <T> List<T> read(String extensionPoint, IConfigurationElement[] elements, Reader<T> reader) {
        List<T> result = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            try {
                T value = reader.read(element);
                if (value != null) {
                    result.add(value);
                }
            } catch (Exception | LinkageError e) {
                fault(extensionPoint, element, e);
            }
        }
        return result;
    }

    /** Reports a failure of one contribution: a {@link ContributionException}'s message, or what was thrown. */
    public static void fault(String extensionPoint, IConfigurationElement element, Throwable failure) {
        String message = failure instanceof ContributionException ? failure.getMessage()
                : NLS.bind(Messages.Fault_threw, describe(element), String.valueOf(failure));
        ContributionFaults.getDefault().report(extensionPoint, contributor(element), message, failure);
    }

    /** The plug-in that contributed the element; for a fragment, the fragment's own name. */
    public static String contributor(IConfigurationElement element) {
        try {
            IContributor c = element.getContributor();
            return c instanceof RegistryContributor rc && rc.getActualName() != null ? rc.getActualName() : c.getName();
        } catch (RuntimeException e) {
            return "?"; //$NON-NLS-1$ the element's plug-in was removed meanwhile
        }
    }

    /** An attribute that must be given. */
    public static String required(IConfigurationElement element, String attribute) throws ContributionException {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new ContributionException(NLS.bind(Messages.Fault_missingAttribute, describe(element), attribute));
        }
        return value.strip();
    }

    /** Creates the class named by the attribute, checking that it is a {@code type}. */
    public static <T> T create(IConfigurationElement element, String attribute, Class<T> type)
            throws ContributionException {
        required(element, attribute);
        Object created;
        try {
            created = element.createExecutableExtension(attribute);
        } catch (CoreException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof CoreException ce && ce.getStatus().getException() != null
                    ? ce.getStatus().getException() : e;
            throw new ContributionException(NLS.bind(Messages.Fault_cannotCreate,
                    new Object[] { element.getAttribute(attribute), describe(element), String.valueOf(cause) }), e);
        }
        if (!type.isInstance(created)) {
            throw new ContributionException(NLS.bind(Messages.Fault_wrongType,
                    new Object[] { created.getClass().getName(), describe(element), type.getName() }));
        }
        return type.cast(created);
    }

    /** The file named by the attribute, inside the contributing plug-in or one of its fragments. */
    public static URL resource(IConfigurationElement element, String attribute) throws ContributionException {
        String path = required(element, attribute);
        Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
        URL url = bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString(path));
        if (url == null) {
            throw new ContributionException(NLS.bind(Messages.Fault_missingFile, path, describe(element)));
        }
        return url;
    }

    /** {@code <exporter id="markdown">}: how messages name an element. */
    public static String describe(IConfigurationElement element) {
        try {
            StringBuilder b = new StringBuilder("<").append(element.getName()); //$NON-NLS-1$
            for (String key : new String[] { "id", "name", "file" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                String value = element.getAttribute(key);
                if (value != null) {
                    b.append(' ').append(key).append("=\"").append(value).append('"'); //$NON-NLS-1$
                }
            }
            return b.append('>').toString();
        } catch (RuntimeException e) {
            return "<?>"; //$NON-NLS-1$
        }
    }
}
