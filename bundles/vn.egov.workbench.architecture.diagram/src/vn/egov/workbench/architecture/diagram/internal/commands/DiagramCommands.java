package vn.egov.workbench.architecture.diagram.internal.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.model.kinds.ElementKind;
import vn.egov.workbench.architecture.model.kinds.ElementKinds;
import vn.egov.workbench.architecture.diagram.internal.Domain;
import vn.egov.workbench.architecture.diagram.internal.Messages;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramComponent;
import vn.egov.workbench.architecture.model.DiagramConnection;
import vn.egov.workbench.architecture.model.DiagramContainer;
import vn.egov.workbench.architecture.model.DiagramGroup;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.DiagramShape;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * The EMF commands behind every diagram edit. They change the model (elements, relationships) and the diagram (nodes,
 * connections, bounds) in one command, so one Undo takes back both.
 */
public final class DiagramCommands {

    private DiagramCommands() {
    }

    /** The top-level folder of the given type, or {@code null}. */
    public static Folder folder(Architecture model, FolderType type) {
        for (Folder folder : model.getFolders()) {
            if (folder.getFolderType() == type) {
                return folder;
            }
        }
        return null;
    }

    /**
     * Where new elements of a kind go: the folder a plug-in names for its kind, else the folder of the kind's
     * domain, else the first top-level folder.
     */
    public static Folder folderFor(Architecture model, EClass kind) {
        FolderType contributed = ElementKinds.getDefault().describing(kind).map(ElementKind::folder).orElse(null);
        Folder folder = folder(model, contributed != null ? contributed
                : Literals.RELATIONSHIP.isSuperTypeOf(kind) ? FolderType.RELATIONS : Domain.of(kind).folderType());
        if (folder == null && !model.getFolders().isEmpty()) {
            folder = model.getFolders().get(0);
        }
        return folder;
    }

    /**
     * Creates a shape: a new element in its folder shown by a new node, or a new group.
     *
     * @param created a new {@link Element} or {@link DiagramGroup}
     * @param name    the new element's name or group's label
     */
    public static Command create(EditingDomain domain, Architecture model, DiagramContainer container,
            EObject created, String name, Rectangle bounds) {
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Cmd_create, name));
        DiagramShape shape;
        if (created instanceof Element element) {
            element.setName(name);
            Folder folder = folderFor(model, element.eClass());
            if (folder == null) {
                return UnexecutableCommand.INSTANCE;
            }
            command.append(new AddCommand(domain, folder, Literals.FOLDER__ITEMS, element));
            DiagramNode node = ArchitectureFactory.eINSTANCE.createDiagramNode();
            node.setElement(element);
            shape = node;
        } else if (created instanceof DiagramGroup group) {
            group.setLabel(name);
            shape = group;
        } else {
            return UnexecutableCommand.INSTANCE;
        }
        setBounds(shape, bounds);
        command.append(new AddCommand(domain, container, Literals.DIAGRAM_CONTAINER__CHILDREN, shape));
        return command;
    }

    private static void setBounds(DiagramShape shape, Rectangle bounds) {
        shape.setX(bounds.x);
        shape.setY(bounds.y);
        shape.setWidth(bounds.width);
        shape.setHeight(bounds.height);
    }

    /** Moves or resizes a shape within its container. */
    public static Command changeBounds(EditingDomain domain, DiagramShape shape, Rectangle bounds) {
        CompoundCommand command = new CompoundCommand(Messages.Cmd_move);
        command.append(SetCommand.create(domain, shape, Literals.DIAGRAM_SHAPE__X, bounds.x));
        command.append(SetCommand.create(domain, shape, Literals.DIAGRAM_SHAPE__Y, bounds.y));
        command.append(SetCommand.create(domain, shape, Literals.DIAGRAM_SHAPE__WIDTH, bounds.width));
        command.append(SetCommand.create(domain, shape, Literals.DIAGRAM_SHAPE__HEIGHT, bounds.height));
        return command;
    }

    /** Moves a shape into another container (a group, a node or the diagram) at the given bounds. */
    public static Command reparent(EditingDomain domain, DiagramShape shape, DiagramContainer target,
            Rectangle bounds) {
        if (target == shape || EcoreUtil.isAncestor(shape, (EObject) target)) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(Messages.Cmd_move);
        command.append(new RemoveCommand(domain, shape.eContainer(), Literals.DIAGRAM_CONTAINER__CHILDREN, shape));
        command.append(changeBounds(domain, shape, bounds));
        command.append(new AddCommand(domain, target, Literals.DIAGRAM_CONTAINER__CHILDREN, shape));
        return command;
    }

    /**
     * Removes shapes and connections from the diagram (the elements and relationships stay in the model), with the
     * connections that would be left dangling.
     */
    public static Command delete(EditingDomain domain, Diagram diagram, Collection<? extends DiagramComponent> items) {
        Set<EObject> removedShapes = new LinkedHashSet<>();
        Set<DiagramConnection> connections = new LinkedHashSet<>();
        List<DiagramShape> shapes = new ArrayList<>();
        for (DiagramComponent item : items) {
            if (item instanceof DiagramConnection c) {
                connections.add(c);
            } else if (item instanceof DiagramShape s && !isInside(s, items)) {
                shapes.add(s);
                removedShapes.add(s);
                for (TreeIterator<EObject> it = s.eAllContents(); it.hasNext();) {
                    removedShapes.add(it.next());
                }
            }
        }
        for (DiagramConnection c : diagram.getConnections()) {
            if (removedShapes.contains(c.getSource()) || removedShapes.contains(c.getTarget())) {
                connections.add(c);
            }
        }
        CompoundCommand command = new CompoundCommand(Messages.Cmd_delete);
        if (!connections.isEmpty()) {
            command.append(new RemoveCommand(domain, diagram, Literals.DIAGRAM__CONNECTIONS, connections));
        }
        for (DiagramShape s : shapes) {
            command.append(new RemoveCommand(domain, s.eContainer(), Literals.DIAGRAM_CONTAINER__CHILDREN, s));
        }
        return command;
    }

    /** Whether a shape lies inside another shape that is removed too (removing the outer one is enough). */
    private static boolean isInside(DiagramShape shape, Collection<? extends DiagramComponent> items) {
        for (EObject c = shape.eContainer(); c != null; c = c.eContainer()) {
            if (items.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Connects two shapes: with a relationship type, a new relationship between their elements (in the relations
     * folder) shown by a new connection; with {@code null}, a plain line.
     */
    public static Command connect(EditingDomain domain, Architecture model, Diagram diagram, EClass relationshipType,
            DiagramShape source, DiagramShape target, String typeLabel) {
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Cmd_connect, typeLabel));
        DiagramConnection connection = ArchitectureFactory.eINSTANCE.createDiagramConnection();
        connection.setSource(source);
        connection.setTarget(target);
        if (relationshipType != null) {
            if (!(source instanceof DiagramNode s) || !(target instanceof DiagramNode t)) {
                return UnexecutableCommand.INSTANCE;
            }
            Relationship relationship = (Relationship) EcoreUtil.create(relationshipType);
            relationship.setSource(s.getElement());
            relationship.setTarget(t.getElement());
            Folder folder = folderFor(model, relationshipType);
            if (folder == null) {
                return UnexecutableCommand.INSTANCE;
            }
            command.append(new AddCommand(domain, folder, Literals.FOLDER__ITEMS, relationship));
            connection.setRelationship(relationship);
        }
        command.append(new AddCommand(domain, diagram, Literals.DIAGRAM__CONNECTIONS, connection));
        return command;
    }

    /** Renames what a shape shows: its element's name, or a group's label. */
    public static Command rename(EditingDomain domain, EObject shown, String name) {
        if (shown instanceof NamedElement named) {
            if (Objects.equals(named.getName(), name)) {
                return UnexecutableCommand.INSTANCE;
            }
            return relabel(SetCommand.create(domain, named, Literals.NAMED_ELEMENT__NAME, name));
        }
        if (shown instanceof DiagramGroup group) {
            return relabel(SetCommand.create(domain, group, Literals.DIAGRAM_GROUP__LABEL, name));
        }
        return UnexecutableCommand.INSTANCE;
    }

    private static Command relabel(Command command) {
        CompoundCommand result = new CompoundCommand(Messages.Cmd_rename);
        result.append(command);
        return result;
    }

    /** Adds an existing diagram piece (nodes and connections made by a layout) to a diagram. */
    public static Command addToDiagram(EditingDomain domain, Diagram diagram, DiagramContainer container,
            Collection<? extends DiagramShape> shapes, Collection<DiagramConnection> connections) {
        CompoundCommand command = new CompoundCommand(Messages.Cmd_addToDiagram);
        if (!shapes.isEmpty()) {
            command.append(new AddCommand(domain, container, Literals.DIAGRAM_CONTAINER__CHILDREN, shapes));
        }
        if (!connections.isEmpty()) {
            command.append(new AddCommand(domain, diagram, Literals.DIAGRAM__CONNECTIONS, connections));
        }
        return command;
    }
}
