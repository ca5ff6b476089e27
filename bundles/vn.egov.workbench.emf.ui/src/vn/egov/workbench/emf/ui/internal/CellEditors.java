package vn.egov.workbench.emf.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The cell editor for a property's type: a list of choices for booleans, enumerations and single
 * references; validated text for numbers, dates and other data types; plain text for strings.
 * Many-valued features get no editor here (they are edited in the tree or a dialog).
 */
public final class CellEditors {

    private CellEditors() {
    }

    public static CellEditor create(Composite parent, Object object, IItemPropertyDescriptor d, ILabelProvider labels) {
        Object feature = d.getFeature(object);
        if (d.isMany(object) || !(feature instanceof EStructuralFeature f)) {
            return null;
        }
        if (f instanceof EAttribute a && a.getEAttributeType() instanceof EEnum) {
            return choices(parent, d.getChoiceOfValues(object), labels, false);
        }
        if (f instanceof EAttribute a && isBoolean(a.getEAttributeType())) {
            return choices(parent, List.of(Boolean.TRUE, Boolean.FALSE), labels, false);
        }
        if (f instanceof EAttribute a) {
            return text(parent, a.getEAttributeType());
        }
        Collection<?> choices = d.getChoiceOfValues(object);
        return choices == null ? null : choices(parent, choices, labels, !f.isRequired());
    }

    private static boolean isBoolean(EDataType type) {
        Class<?> c = type.getInstanceClass();
        return c == boolean.class || c == Boolean.class;
    }

    private static CellEditor choices(Composite parent, Collection<?> values, ILabelProvider labels, boolean withNone) {
        List<Object> items = new ArrayList<>();
        if (withNone && !values.contains(null)) {
            items.add(null);
        }
        items.addAll(values);
        return new ChoiceCellEditor(parent, items, labels);
    }

    /** Text converted with the data type's own factory; a value it cannot read is refused with a message. */
    private static CellEditor text(Composite parent, EDataType type) {
        if (type.getInstanceClass() == String.class) {
            return new StringCellEditor(parent);
        }
        return new DataTypeCellEditor(parent, type);
    }

    /**
     * Text of a string attribute that may be unset: an unset value shows as empty text (TextCellEditor refuses null)
     * and stays unset when the text is left empty, so opening the editor changes nothing.
     */
    static final class StringCellEditor extends TextCellEditor {
        private boolean wasUnset;

        StringCellEditor(Composite parent) {
            super(parent, SWT.SINGLE);
        }

        @Override
        protected Object doGetValue() {
            String text = (String) super.doGetValue();
            return wasUnset && text.isEmpty() ? null : text;
        }

        @Override
        protected void doSetValue(Object value) {
            wasUnset = value == null;
            super.doSetValue(value == null ? "" : value); //$NON-NLS-1$
        }
    }

    /** A combo of values, shown by their labels; the value, not the index, goes to the model. */
    static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<Object> values;

        ChoiceCellEditor(Composite parent, List<Object> values, ILabelProvider labels) {
            super(parent, values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new), //$NON-NLS-1$
                    SWT.READ_ONLY);
            this.values = values;
        }

        @Override
        protected Object doGetValue() {
            int i = (Integer) super.doGetValue();
            return i < 0 || i >= values.size() ? null : values.get(i);
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Integer.valueOf(values.indexOf(value)));
        }
    }

    /** Text for numbers, dates and other data types, converted by {@link EcoreUtil#createFromString}. */
    static final class DataTypeCellEditor extends TextCellEditor {
        private final EDataType type;

        DataTypeCellEditor(Composite parent, EDataType type) {
            super(parent, SWT.SINGLE);
            this.type = type;
            // the validator sees model values on setValue and text while the user types
            setValidator(value -> value instanceof String text ? check(type, text) : null);
        }

        @Override
        protected Object doGetValue() {
            String text = (String) super.doGetValue();
            return text.isBlank() && !type.getInstanceClass().isPrimitive() ? null : EcoreUtil.createFromString(type, text.trim());
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value)); //$NON-NLS-1$
        }
    }

    /** Null when the text is a valid value of the type, else a message naming the text and the type. */
    public static String check(EDataType type, String text) {
        if (text == null || text.isBlank()) {
            return type.getInstanceClass().isPrimitive() ? NLS.bind(Messages.CellEditors_required, type.getName()) : null;
        }
        try {
            EcoreUtil.createFromString(type, text.trim());
            return null;
        } catch (RuntimeException e) {
            return NLS.bind(Messages.CellEditors_invalid, text, typeName(type));
        }
    }

    private static String typeName(EDataType type) {
        Class<?> c = type.getInstanceClass();
        if (c == int.class || c == long.class || c == Integer.class || c == Long.class || c == short.class) {
            return Messages.CellEditors_wholeNumber;
        }
        if (c == java.time.LocalDate.class) {
            return Messages.CellEditors_date;
        }
        return type == EcorePackage.Literals.EDOUBLE ? Messages.CellEditors_number : type.getName();
    }
}
