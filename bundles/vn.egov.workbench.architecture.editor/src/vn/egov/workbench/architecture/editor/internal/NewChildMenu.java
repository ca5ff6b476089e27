package vn.egov.workbench.architecture.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;

import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.emf.ui.ItemImages;

/**
 * The "New" menu of a tree node, from its item provider's new-child descriptors: a folder offers its domain's kinds
 * first (applications and portals in the application folder), the other element kinds under "Other kinds", and a
 * subfolder; a kind group offers its kind. Kinds that plug-ins contribute are offered like the built-in ones. Each action executes a {@link CreateChildCommand} on the model's stack and
 * starts renaming the new object.
 */
public final class NewChildMenu {

    private NewChildMenu() {
    }

    /** The actions for {@code node}: first the domain's kinds, then the rest (second list), never null. */
    public static List<List<IAction>> actions(ModelEditor editor, Object node) {
        EditingDomain domain = editor.getDocument().getEditingDomain();
        Object owner = node instanceof KindGroup g ? g.folder() : node;
        List<IAction> primary = new ArrayList<>();
        List<IAction> other = new ArrayList<>();
        if (!(owner instanceof EObject)) {
            return List.of(primary, other);
        }
        List<Object> descriptors = new ArrayList<>(domain.getNewChildDescriptors(owner, null));
        if (owner instanceof Folder) {
            // the generated folder item provider knows the built-in kinds only; plug-ins' kinds go in as items too
            for (EClass kind : Kinds.contributed()) {
                descriptors.add(new CommandParameter(null, ArchitecturePackage.Literals.FOLDER__ITEMS,
                        EcoreUtil.create(kind)));
            }
        }
        List<EClass> first = owner instanceof Folder f ? Kinds.primary(f) : List.of();
        for (Object d : descriptors) {
            if (!(d instanceof CommandParameter p) || !(p.getValue() instanceof EObject value)
                    || p.getFeature() == ArchitecturePackage.Literals.PROPERTIES_HOLDER__PROPERTIES) {
                continue; // key-value properties are edited in the Properties view
            }
            EClass kind = value.eClass();
            if (node instanceof KindGroup g && kind != g.kind()) {
                continue;
            }
            if (owner instanceof Folder f && p.getFeature() == ArchitecturePackage.Literals.FOLDER__ITEMS
                    && !Kinds.allowed(f, kind)) {
                continue;
            }
            IAction action = new CreateAction(editor, owner, p, kind);
            if (first.isEmpty() || first.contains(kind) || p.getFeature() != ArchitecturePackage.Literals.FOLDER__ITEMS) {
                primary.add(action);
            } else {
                other.add(action);
            }
        }
        return List.of(primary, other);
    }

    public static void fill(IMenuManager menu, ModelEditor editor, Object node) {
        List<List<IAction>> actions = actions(editor, node);
        MenuManager sub = new MenuManager(Messages.Menu_new, "new"); //$NON-NLS-1$
        actions.get(0).forEach(sub::add);
        if (!actions.get(1).isEmpty()) {
            MenuManager others = new MenuManager(Messages.Menu_otherKinds, "otherKinds"); //$NON-NLS-1$
            actions.get(1).forEach(others::add);
            sub.add(new Separator());
            sub.add(others);
        }
        if (!sub.isEmpty()) {
            menu.add(sub);
        }
    }

    /** Creates one child of one kind. */
    public static final class CreateAction extends Action {
        private final ModelEditor editor;
        private final Object owner;
        private final CommandParameter descriptor;
        private final EClass kind;

        CreateAction(ModelEditor editor, Object owner, CommandParameter descriptor, EClass kind) {
            super(descriptor.getFeature() == ArchitecturePackage.Literals.FOLDER__FOLDERS ? Messages.Menu_folder
                    : Kinds.label(kind));
            this.editor = editor;
            this.owner = owner;
            this.descriptor = descriptor;
            this.kind = kind;
            setImageDescriptor(ItemImages.descriptor(editor.labelImageOf(descriptor.getValue())));
        }

        public EClass kind() {
            return kind;
        }

        @Override
        public void run() {
            EditingDomain domain = editor.getDocument().getEditingDomain();
            if (descriptor.getValue() instanceof NamedElement n && n.getName() == null) {
                n.setName(getText()); // not in the model yet: no command needed, undo removes the object
            }
            Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
            if (command.canExecute()) {
                domain.getCommandStack().execute(command);
                Collection<?> created = command.getAffectedObjects();
                editor.select(created);
                if (created.size() == 1 && created.iterator().next() instanceof EObject e) {
                    editor.renameLater(e);
                }
            }
        }
    }
}
