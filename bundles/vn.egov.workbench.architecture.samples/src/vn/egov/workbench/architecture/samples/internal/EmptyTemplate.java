package vn.egov.workbench.architecture.samples.internal;

import vn.egov.workbench.architecture.model.Architecture;

/** The empty template: a framework 2.0 model with the standard top-level folders and nothing in them. */
public final class EmptyTemplate extends SampleBuilder {

    private EmptyTemplate() {
        super("empty-"); //$NON-NLS-1$
    }

    public static Architecture build() {
        EmptyTemplate t = new EmptyTemplate();
        t.model.setName("Kiến trúc Chính quyền điện tử mới"); //$NON-NLS-1$
        t.model.setFrameworkVersion("2.0"); //$NON-NLS-1$
        StandardFolders.make(t);
        return t.withStableUuids();
    }
}
