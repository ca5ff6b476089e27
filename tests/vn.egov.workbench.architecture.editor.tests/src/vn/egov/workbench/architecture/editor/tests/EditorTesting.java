package vn.egov.workbench.architecture.editor.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.samples.Templates;

/** Helpers for driving the editor through SWT and JFace without SWTBot (not on Maven Central). */
final class EditorTesting {

    private EditorTesting() {
    }

    static void runEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** The Kon Tum sample saved into {@code folder} and opened in the model editor. */
    static ModelEditor openKonTum(Path folder) throws Exception {
        Path file = folder.resolve("kontum.egov");
        Architecture model = Templates.newModel(Templates.find("kontum-2.0").orElseThrow());
        ModelFiles.save(model, file);
        ModelDocument document = ModelDocuments.getDefault().open(file);
        ModelEditor editor = ModelEditor.open(page(), document);
        runEvents();
        return editor;
    }

    static void closeAll() {
        page().closeAllEditors(false);
        runEvents();
        for (ModelDocument d : ModelDocuments.getDefault().getDocuments()) {
            d.close();
        }
    }

    /** The model as it would be written to its file now. */
    static String xml(Architecture model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.eResource().save(out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    static <T extends EObject> T find(Architecture model, Class<T> type, Predicate<T> test) {
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (type.isInstance(o) && test.test(type.cast(o))) {
                return type.cast(o);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " found");
    }

    static <T extends NamedElement> T named(Architecture model, Class<T> type, String name) {
        return find(model, type, n -> name.equals(n.getName()));
    }

    static <T extends EObject> List<T> all(Architecture model, Class<T> type) {
        List<T> result = new ArrayList<>();
        model.eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o)) {
                result.add(type.cast(o));
            }
        });
        return result;
    }

    /** The texts of the tree's items that are materialised and inside expanded items. */
    static List<String> shownTexts(Tree tree) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, texts);
        }
        return texts;
    }

    private static void collect(TreeItem item, List<String> texts) {
        texts.add(item.getText());
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                collect(child, texts);
            }
        }
    }
}
