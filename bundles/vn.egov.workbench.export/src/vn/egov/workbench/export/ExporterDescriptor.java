package vn.egov.workbench.export;

/**
 * A contributed exporter, as declared, before its class is created.
 *
 * @param id          unique id
 * @param format      the word given to {@code --format}, lower case
 * @param kind        the kind of data it exports, e.g. {@link ExportInput#ARCHITECTURE}
 * @param name        short name in the user's language
 * @param description one sentence in the user's language (may be empty)
 * @param contributor the plug-in that contributes it
 */
public record ExporterDescriptor(String id, String format, String kind, String name, String description,
        String contributor) {
}
