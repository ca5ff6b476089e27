package vn.egov.workbench.architecture.editor.internal;

import org.eclipse.emf.ecore.EClass;

import vn.egov.workbench.architecture.model.Folder;

/** A tree node that groups the items of one kind in a folder which holds several kinds. */
public record KindGroup(Folder folder, EClass kind) {
}
