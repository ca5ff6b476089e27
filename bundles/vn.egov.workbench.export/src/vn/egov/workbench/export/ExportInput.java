package vn.egov.workbench.export;

import java.util.Locale;
import java.util.Objects;

/**
 * What an exporter writes.
 *
 * @param kind     the kind of data, e.g. {@link #ARCHITECTURE}
 * @param data     the data; for {@link #ARCHITECTURE} a {@code vn.egov.workbench.architecture.model.Architecture}
 * @param baseName the start of the files' names, e.g. {@code kontum-2.0} for {@code kontum-2.0.egov}
 * @param locale   the user's language, for reports
 */
public record ExportInput(String kind, Object data, String baseName, Locale locale) {

    /** An architecture model. */
    public static final String ARCHITECTURE = "architecture"; //$NON-NLS-1$

    public ExportInput {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(data, "data"); //$NON-NLS-1$
        Objects.requireNonNull(baseName, "baseName"); //$NON-NLS-1$
        Objects.requireNonNull(locale, "locale"); //$NON-NLS-1$
    }

    /** The data as the given type; a mismatch is a programming error of the caller or the contribution. */
    public <T> T data(Class<T> type) {
        if (!type.isInstance(data)) {
            throw new IllegalArgumentException("Export of kind " + kind + " has data of type " //$NON-NLS-1$ //$NON-NLS-2$
                    + data.getClass().getName() + ", not " + type.getName()); //$NON-NLS-1$
        }
        return type.cast(data);
    }
}
