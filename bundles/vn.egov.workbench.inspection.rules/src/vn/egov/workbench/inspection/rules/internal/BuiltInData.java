package vn.egov.workbench.inspection.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;

import org.w3c.dom.Element;

import vn.egov.workbench.inspection.rules.RuleViolation;

/**
 * The data files shipped in this bundle's {@code data/} folder. A class loader cannot list a
 * folder, so {@code data/index.xml} names them; adding a year's holiday file means adding a line there.
 * Paths are relative to the bundle root, which is on the class path both in OSGi (Bundle-ClassPath ".")
 * and in a plain JVM test run.
 */
public final class BuiltInData {

    public static final String INDEX = "data/index.xml";

    private BuiltInData() {
    }

    /** The paths listed for one kind: "catalogue", "holidays" or "rules". */
    public static List<String> paths(String kind) {
        try (InputStream in = open(INDEX)) {
            Element root = SafeXml.parse(in, INDEX, "rules-data");
            return SafeXml.children(root).stream()
                    .filter(e -> e.getTagName().equals(kind))
                    .map(e -> SafeXml.required(e, "path", INDEX))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands each file of one kind to {@code reader} (a builder's {@code add}), closing it afterwards. */
    public static void readEach(String kind, BiConsumer<InputStream, String> reader) {
        for (String path : paths(kind)) {
            try (InputStream in = open(path)) {
                reader.accept(in, path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static InputStream open(String path) {
        InputStream in = BuiltInData.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new RuleViolation("data.missingResource", path);
        }
        return in;
    }
}
