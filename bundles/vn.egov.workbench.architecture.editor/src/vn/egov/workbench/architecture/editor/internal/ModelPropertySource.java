package vn.egov.workbench.architecture.editor.internal;

import static vn.egov.workbench.architecture.model.ArchitecturePackage.Literals.PROPERTY__VALUE;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.model.PropertiesHolder;
import vn.egov.workbench.architecture.model.Property;
import vn.egov.workbench.emf.ui.ItemPropertyDescriptorAdapter;
import vn.egov.workbench.emf.ui.ItemPropertySource;

/**
 * The Properties view's rows of a model object, from its item provider (see {@link ItemPropertySource}), sorted into
 * the groups of {@link PropertyTab}: General (name, code, id, description), the kind's own attributes, Relationships
 * (references to other elements), Lifecycle and the key-value Properties, one row per key with its value editable.
 * The plain Properties view shows the groups as categories, the tabbed one as tabs.
 */
public final class ModelPropertySource implements IPropertySource {

    private final EObject object;
    private final ItemPropertySource base;
    private final EditingDomain domain;
    private final AdapterFactory factory;
    /** Only this tab's rows, without categories (a tab of the tabbed view); {@code null}: every row, categorised. */
    private final PropertyTab tab;

    private ModelPropertySource(EObject object, ItemPropertySource base, ModelDocument document, PropertyTab tab) {
        this.object = object;
        this.base = base;
        this.domain = document.getEditingDomain();
        this.factory = document.getAdapterFactory();
        this.tab = tab;
    }

    /** The source for {@code object}, or null when it is no model object (a kind group shows nothing). */
    public static IPropertySource of(Object object, ModelDocument document) {
        return of(object, document, null);
    }

    /** The source of one tab's rows ({@code tab} null: all rows), or null when it is no model object. */
    public static ModelPropertySource of(Object object, ModelDocument document, PropertyTab tab) {
        if (!(object instanceof EObject e) || document == null) {
            return null;
        }
        ItemPropertySource base = ItemPropertySource.of(e, document.getAdapterFactory());
        return base == null ? null : new ModelPropertySource(e, base, document, tab);
    }

    @Override
    public Object getEditableValue() {
        return base.getEditableValue();
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        String kind = Kinds.label(object.eClass());
        for (IPropertyDescriptor d : base.getPropertyDescriptors()) {
            if (d instanceof ItemPropertyDescriptorAdapter a) {
                PropertyTab rowTab = PropertyTab.of(a.itemDescriptor().getFeature(object));
                if (tab == null || tab == rowTab) {
                    result.add(new Categorised(object, a, tab == null ? rowTab.category(kind) : null, factory));
                }
            } else if (tab == null || tab == PropertyTab.ATTRIBUTES) {
                result.add(d);
            }
        }
        if (object instanceof PropertiesHolder holder && (tab == null || tab == PropertyTab.PROPERTIES)) {
            for (Property p : holder.getProperties()) {
                result.add(new KeyValueDescriptor(p, tab == null));
            }
        }
        return result.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return id instanceof Property p ? nonNull(p.getValue()) : base.getPropertyValue(id);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    @Override
    public boolean isPropertySet(Object id) {
        return id instanceof Property p ? p.getValue() != null : base.isPropertySet(id);
    }

    @Override
    public void resetPropertyValue(Object id) {
        if (!(id instanceof Property)) {
            base.resetPropertyValue(id);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (id instanceof Property p) {
            if (!value.equals(nonNull(p.getValue()))) {
                domain.getCommandStack().execute(SetCommand.create(domain, p, PROPERTY__VALUE, value));
            }
        } else {
            base.setPropertyValue(id, value);
        }
    }

    /** Whether this object has rows in {@code tab} (a tab without rows is not shown). */
    public boolean hasRows() {
        return getPropertyDescriptors().length > 0;
    }

    /** An item provider row in one of our categories ({@code null}: none, the rows of a tab). */
    private static final class Categorised extends ItemPropertyDescriptorAdapter {
        private final String category;

        Categorised(Object object, ItemPropertyDescriptorAdapter row, String category, AdapterFactory factory) {
            super(object, row.itemDescriptor(), factory);
            this.category = category;
        }

        @Override
        public String getCategory() {
            return category;
        }
    }

    /** A key-value property: the key is the row's name, the value is edited as text. */
    private static final class KeyValueDescriptor extends PropertyDescriptor {
        KeyValueDescriptor(Property p, boolean categorised) {
            super(p, p.getKey() == null ? "" : p.getKey()); //$NON-NLS-1$
            if (categorised) {
                setCategory(Messages.Category_properties);
            }
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            return new TextCellEditor(parent);
        }
    }
}
