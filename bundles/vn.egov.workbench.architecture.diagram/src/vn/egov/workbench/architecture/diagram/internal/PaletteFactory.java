package vn.egov.workbench.architecture.diagram.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;

/**
 * The palette: selection tools, a creation tool for groups and for every concrete element kind, and a connection
 * tool for every concrete relationship type and for plain lines. Kinds are found by reflection, so kinds of plug-in
 * packages appear too.
 */
public final class PaletteFactory {

    /** Creates new model objects of one kind; connection tools only read the kind. */
    public record ModelFactory(EClass type) implements CreationFactory {
        @Override
        public Object getNewObject() {
            return EcoreUtil.create(type);
        }

        @Override
        public Object getObjectType() {
            return type;
        }
    }

    private PaletteFactory() {
    }

    public static PaletteRoot create(Kinds kinds) {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup(Messages.Palette_tools);
        SelectionToolEntry select = new SelectionToolEntry(Messages.Palette_select);
        tools.add(select);
        tools.add(new MarqueeToolEntry(Messages.Palette_marquee));
        root.add(tools);
        root.setDefaultEntry(select);

        PaletteDrawer elements = new PaletteDrawer(Messages.Palette_elements);
        ImageDescriptor groupIcon = kinds.icon(Literals.DIAGRAM_GROUP);
        elements.add(new CombinedTemplateCreationEntry(Messages.Palette_group, Messages.Palette_groupDescription,
                Literals.DIAGRAM_GROUP, new ModelFactory(Literals.DIAGRAM_GROUP), groupIcon, groupIcon));
        for (EClass kind : Kinds.concreteSubclasses(Literals.ELEMENT)) {
            String label = kinds.label(kind);
            ImageDescriptor icon = kinds.icon(kind);
            elements.add(new CombinedTemplateCreationEntry(label, NLS.bind(Messages.Palette_create, label), kind,
                    new ModelFactory(kind), icon, icon));
        }
        root.add(elements);

        PaletteDrawer relations = new PaletteDrawer(Messages.Palette_relations);
        for (EClass type : Kinds.concreteSubclasses(Literals.RELATIONSHIP)) {
            String label = kinds.label(type);
            ImageDescriptor icon = kinds.icon(type);
            relations.add(new ConnectionCreationToolEntry(label, NLS.bind(Messages.Palette_connect, label),
                    new ModelFactory(type), icon, icon));
        }
        ImageDescriptor lineIcon = kinds.icon(Literals.DIAGRAM_CONNECTION);
        relations.add(new ConnectionCreationToolEntry(Messages.Palette_line, Messages.Palette_lineDescription,
                new ModelFactory(Literals.DIAGRAM_CONNECTION), lineIcon, lineIcon));
        root.add(relations);
        return root;
    }
}
