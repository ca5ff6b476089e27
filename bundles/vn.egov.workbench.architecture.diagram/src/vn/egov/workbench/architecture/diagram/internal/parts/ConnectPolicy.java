package vn.egov.workbench.architecture.diagram.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.diagram.internal.Kinds;
import vn.egov.workbench.architecture.diagram.internal.Messages;
import vn.egov.workbench.architecture.diagram.internal.commands.DiagramCommands;
import vn.egov.workbench.architecture.diagram.internal.commands.GefEmfCommand;
import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.DiagramShape;
import vn.egov.workbench.architecture.model.rules.RelationshipRules;

/**
 * Connecting shapes. A relationship is offered only where the relationship rules allow it; elsewhere the command is
 * not executable (GEF shows the no-entry cursor) and the refusal, naming the rule and what is allowed instead, goes
 * to the editor's status line and tooltip.
 */
class ConnectPolicy extends GraphicalNodeEditPolicy {

    /** The first half of a connection: remembers its source until the target is known. */
    static final class Start extends Command {
        final DiagramShape source;

        Start(DiagramShape source) {
            this.source = source;
        }
    }

    /** A connection the rules forbid; its label is the reason. */
    static final class Refused extends Command {
        Refused(String reason) {
            super(reason);
        }

        @Override
        public boolean canExecute() {
            return false;
        }
    }

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        DiagramShape source = (DiagramShape) getHost().getModel();
        EClass type = relationshipType(request);
        if (type != null && !(source instanceof DiagramNode)) {
            return refuse(NLS.bind(Messages.Refused_notElement, ((ShapePart) getHost()).getEditableText()));
        }
        DiagramContext.of(getHost()).feedback(null);
        Command start = new Start(source);
        request.setStartCommand(start);
        return start;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        if (!(request.getStartCommand() instanceof Start start)) {
            return null;
        }
        DiagramContext context = DiagramContext.of(getHost());
        DiagramShape target = (DiagramShape) getHost().getModel();
        if (target == start.source) {
            return null;
        }
        EClass type = relationshipType(request);
        Kinds kinds = context.kinds();
        String typeLabel = type == null ? Messages.Palette_line : kinds.label(type);
        if (type != null) {
            if (!(target instanceof DiagramNode t) || t.getElement() == null) {
                return refuse(NLS.bind(Messages.Refused_notElement, ((ShapePart) getHost()).getEditableText()));
            }
            EClass from = ((DiagramNode) start.source).getElement().eClass();
            EClass to = t.getElement().eClass();
            RelationshipRules rules = context.rules();
            if (!rules.isAllowed(type, from, to)) {
                return refuse(refusal(rules, kinds, type, from, to));
            }
        }
        context.feedback(null);
        return new GefEmfCommand(DiagramCommands.connect(context.document().getEditingDomain(),
                context.document().getModel(), context.diagram(), type, start.source, target, typeLabel));
    }

    /** Why a relationship is refused, and which types the rules allow between the two kinds. */
    static String refusal(RelationshipRules rules, Kinds kinds, EClass type, EClass from, EClass to) {
        String rule = NLS.bind(Messages.Refused_rule, new Object[] { kinds.label(type), kinds.label(from),
                kinds.label(to) });
        List<String> allowed = new ArrayList<>();
        for (EClass t : rules.allowedRelationshipTypes(from, to, Kinds.concreteSubclasses(Literals.RELATIONSHIP))) {
            allowed.add(kinds.label(t));
        }
        if (allowed.isEmpty()) {
            return NLS.bind(Messages.Refused_noneAllowed, new Object[] { rule, kinds.label(from), kinds.label(to) });
        }
        return NLS.bind(Messages.Refused_allowed,
                new Object[] { rule, kinds.label(from), kinds.label(to), String.join(", ", allowed) }); //$NON-NLS-1$
    }

    private Command refuse(String reason) {
        DiagramContext.of(getHost()).feedback(reason);
        return new Refused(reason);
    }

    /** The relationship type the tool creates, or {@code null} for a plain line. */
    private static EClass relationshipType(CreateConnectionRequest request) {
        Object type = request.getNewObjectType();
        return type instanceof EClass c && Literals.RELATIONSHIP.isSuperTypeOf(c) ? c : null;
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        return null;
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        return null;
    }
}
