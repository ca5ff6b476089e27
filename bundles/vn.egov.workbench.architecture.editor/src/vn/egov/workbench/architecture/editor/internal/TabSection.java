package vn.egov.workbench.architecture.editor.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IFilter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;

/**
 * One tab of the tabbed Properties view: the rows of one {@link PropertyTab}, in the standard property table (cell
 * editors, undoable commands, as in the plain view). The nested classes are the sections and filters plugin.xml
 * names; a tab is shown only for objects that have rows in it.
 */
public abstract class TabSection extends AdvancedPropertySection {

    private final PropertyTab tab;
    private ModelDocument document;

    protected TabSection(PropertyTab tab) {
        this.tab = tab;
    }

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage sheet) {
        super.createControls(parent, sheet);
        page.setPropertySourceProvider(object -> ModelPropertySource.of(object, document, tab));
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        document = part == null ? null : part.getAdapter(ModelDocument.class);
        super.setInput(part, selection);
    }

    public PropertyTab getTab() {
        return tab;
    }

    /** The table of this tab's rows (tests edit through its entries). */
    public PropertySheetPage getPage() {
        return page;
    }

    /** Shows the tab for model objects with rows in it. */
    abstract static class Filter implements IFilter {
        private final PropertyTab tab;

        Filter(PropertyTab tab) {
            this.tab = tab;
        }

        @Override
        public boolean select(Object object) {
            if (!(object instanceof EObject e)) {
                return false;
            }
            ModelPropertySource source = ModelPropertySource.of(e, ModelDocuments.getDefault().documentFor(e), tab);
            return source != null && source.hasRows();
        }
    }

    public static final class General extends TabSection {
        public General() {
            super(PropertyTab.GENERAL);
        }
    }

    public static final class Attributes extends TabSection {
        public Attributes() {
            super(PropertyTab.ATTRIBUTES);
        }
    }

    public static final class Relationships extends TabSection {
        public Relationships() {
            super(PropertyTab.RELATIONSHIPS);
        }
    }

    public static final class Lifecycle extends TabSection {
        public Lifecycle() {
            super(PropertyTab.LIFECYCLE);
        }
    }

    public static final class Properties extends TabSection {
        public Properties() {
            super(PropertyTab.PROPERTIES);
        }
    }

    public static final class GeneralFilter extends Filter {
        public GeneralFilter() {
            super(PropertyTab.GENERAL);
        }
    }

    public static final class AttributesFilter extends Filter {
        public AttributesFilter() {
            super(PropertyTab.ATTRIBUTES);
        }
    }

    public static final class RelationshipsFilter extends Filter {
        public RelationshipsFilter() {
            super(PropertyTab.RELATIONSHIPS);
        }
    }

    public static final class LifecycleFilter extends Filter {
        public LifecycleFilter() {
            super(PropertyTab.LIFECYCLE);
        }
    }

    public static final class PropertiesFilter extends Filter {
        public PropertiesFilter() {
            super(PropertyTab.PROPERTIES);
        }
    }
}
