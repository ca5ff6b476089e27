package vn.egov.workbench.architecture.diagram.internal.parts;

import java.util.function.Consumer;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;

import vn.egov.workbench.architecture.diagram.internal.Kinds;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.rules.RelationshipRules;

/**
 * What the edit parts of one diagram viewer share: the model document (editing domain, problems), the relationship
 * rules, kind labels and icons, the connection index and where refusals are reported. Kept as a viewer property.
 */
public final class DiagramContext {

    public static final String KEY = "vn.egov.workbench.architecture.diagram.context"; //$NON-NLS-1$

    private final ModelDocument document;
    private final Diagram diagram;
    private final RelationshipRules rules;
    private final Kinds kinds;
    private final ConnectionIndex index;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());
    private Consumer<String> feedback = message -> {
    };
    private String lastFeedback;

    public DiagramContext(ModelDocument document, Diagram diagram, RelationshipRules rules) {
        this.document = document;
        this.diagram = diagram;
        this.rules = rules;
        this.kinds = new Kinds(document.getAdapterFactory());
        this.index = new ConnectionIndex(diagram);
    }

    public static DiagramContext of(EditPart part) {
        return of(part.getViewer());
    }

    public static DiagramContext of(EditPartViewer viewer) {
        return (DiagramContext) viewer.getProperty(KEY);
    }

    public ModelDocument document() {
        return document;
    }

    public Diagram diagram() {
        return diagram;
    }

    public RelationshipRules rules() {
        return rules;
    }

    public Kinds kinds() {
        return kinds;
    }

    public ConnectionIndex index() {
        return index;
    }

    public Image image(ImageDescriptor descriptor) {
        return descriptor == null ? null : images.create(descriptor);
    }

    /** Where refusals go (the editor shows them in the status line and as the canvas tooltip). */
    public void setFeedback(Consumer<String> feedback) {
        this.feedback = feedback;
    }

    /** Reports why an edit is refused, or clears the report with {@code null}. */
    public void feedback(String message) {
        if (message == null ? lastFeedback != null : !message.equals(lastFeedback)) {
            lastFeedback = message;
            feedback.accept(message);
        }
    }

    /** The last refusal reported and not cleared since. */
    public String lastFeedback() {
        return lastFeedback;
    }

    public void dispose() {
        images.dispose();
    }
}
