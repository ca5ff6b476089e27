package vn.egov.workbench.architecture.diagram.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import vn.egov.workbench.architecture.diagram.DiagramEditor;
import vn.egov.workbench.architecture.diagram.DiagramEditors;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.samples.Templates;

/** Opening the Kon Tum sample's overall diagram in the real workbench, and running the event loop. */
final class DiagramTesting {

    private DiagramTesting() {
    }

    /**
     * A new model from the Kon Tum template, saved in {@code dir} and opened as a model document (through the
     * templates API, which reads the shipped sample whatever its file format version).
     */
    static ModelDocument openSampleCopy(Path dir) throws Exception {
        Architecture model = Templates.newModel(Templates.find("kontum-2.0").orElseThrow());
        if (model.eResource() != null) {
            model.eResource().getContents().remove(model); // the document gives it a resource of its own
        }
        ModelDocument document = ModelDocuments.getDefault().adopt(model, null);
        document.saveAs(dir.resolve("kontum.egov"));
        return document;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static Diagram firstDiagram(ModelDocument document) {
        for (TreeIterator<EObject> it = document.getModel().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Diagram d) {
                return d;
            }
        }
        throw new AssertionError("the sample has no diagram");
    }

    static DiagramEditor open(Diagram diagram) throws PartInitException {
        DiagramEditor editor = DiagramEditors.open(page(), diagram);
        runEvents();
        return editor;
    }

    static void closeAll(ModelDocument document) {
        page().closeAllEditors(false);
        runEvents();
        if (document != null && !document.isClosed()) {
            document.close();
        }
    }

    static void runEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    static List<DiagramNode> nodes(Diagram diagram) {
        List<DiagramNode> result = new ArrayList<>();
        for (TreeIterator<EObject> it = diagram.eAllContents(); it.hasNext();) {
            if (it.next() instanceof DiagramNode n) {
                result.add(n);
            }
        }
        return result;
    }

    static DiagramNode nodeOf(Diagram diagram, String code) {
        for (DiagramNode n : nodes(diagram)) {
            Element e = n.getElement();
            if (e != null && code.equals(e.getCode())) {
                return n;
            }
        }
        throw new AssertionError("no node for " + code);
    }

    static EditPart part(DiagramEditor editor, Object model) {
        EditPart part = (EditPart) editor.getViewer().getEditPartRegistry().get(model);
        if (part == null) {
            throw new AssertionError("no edit part for " + model);
        }
        return part;
    }
}
