package vn.egov.workbench.architecture.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import vn.egov.workbench.architecture.model.ArchitectureObject;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderItem;

/**
 * Paste: copies of the copied folder items (with their contents) get new ids, keep references among themselves
 * and point to the originals' other targets (a pasted application keeps its owner), and are added to a folder.
 */
public final class PastePlan {

    private PastePlan() {
    }

    /** The items of a selection that can be copied: folder items (elements, relationships, diagrams). */
    public static List<EObject> copyable(Collection<?> selection) {
        List<EObject> result = new ArrayList<>();
        for (Object o : selection) {
            if (o instanceof KindGroup g) {
                g.folder().getItems().stream().filter(i -> i.eClass() == g.kind()).forEach(result::add);
            } else if (o instanceof FolderItem item) {
                result.add(item);
            }
        }
        return result;
    }

    /** The folder a paste or drop onto {@code target} goes into. */
    public static Folder folderOf(Object target) {
        if (target instanceof Folder f) {
            return f;
        }
        if (target instanceof KindGroup g) {
            return g.folder();
        }
        return target instanceof EObject e && e.eContainer() instanceof Folder f ? f : null;
    }

    /** New copies of {@code originals}, with fresh ids for every copied object. */
    public static List<EObject> copies(Collection<EObject> originals) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<EObject> copies = new ArrayList<>(copier.copyAll(originals));
        copier.copyReferences();
        for (EObject copy : copier.values()) {
            if (copy instanceof ArchitectureObject o) {
                o.setId(EcoreUtil.generateUUID());
            }
        }
        return copies;
    }

    /** Adds copies of {@code originals} to the folder of {@code target}; unexecutable when there is none. */
    public static Command command(EditingDomain domain, Object target, Collection<EObject> originals) {
        Folder folder = folderOf(target);
        if (folder == null || originals.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return AddCommand.create(domain, folder, ArchitecturePackage.Literals.FOLDER__ITEMS, copies(originals));
    }
}
