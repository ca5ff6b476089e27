package vn.egov.workbench.architecture.samples.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.persistence.ModelFiles;

/**
 * The shipped files of {@code samples/} and the builders that make them. SampleFilesTest checks that the files are
 * what the builders make, and rewrites them when the environment variable EGOV_REGENERATE_SAMPLES=1 is set.
 */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** File name to builder. */
    public static Map<String, Supplier<Architecture>> builders() {
        Map<String, Supplier<Architecture>> map = new LinkedHashMap<>();
        map.put("empty.egov", EmptyTemplate::build); //$NON-NLS-1$
        map.put("kontum-2.0.egov", KontumSample::build); //$NON-NLS-1$
        return map;
    }

    /** The bytes of the file that a builder's model makes, written by the persistence bundle as any model file. */
    public static byte[] bytes(Architecture model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFiles.save(model, out);
        return out.toByteArray();
    }
}
