package vn.egov.workbench.architecture.editor.internal;

import static vn.egov.workbench.architecture.model.ArchitecturePackage.Literals.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.kinds.ElementKind;
import vn.egov.workbench.architecture.model.kinds.ElementKinds;
import vn.egov.workbench.architecture.model.provider.ArchitectureEditPlugin;

/**
 * Which kinds a folder of each domain offers first in "New", and the kinds' names. The Projects folder holds target
 * components of any kind, so every other element kind is offered under "Other kinds" everywhere elements live.
 * Kinds that plug-ins contribute ({@link ElementKinds}) are offered first in the folder they name.
 */
public final class Kinds {

    private static final Map<FolderType, List<EClass>> PRIMARY = new EnumMap<>(FolderType.class);

    static {
        PRIMARY.put(FolderType.USER, List.of(STAKEHOLDER));
        PRIMARY.put(FolderType.STAKEHOLDERS, List.of(STAKEHOLDER));
        PRIMARY.put(FolderType.ORGANISATION, List.of(ORGANISATION_UNIT));
        PRIMARY.put(FolderType.ACCESS_CHANNELS, List.of(ACCESS_CHANNEL));
        PRIMARY.put(FolderType.BUSINESS, List.of(ADMINISTRATIVE_PROCEDURE, BUSINESS_FUNCTION, BUSINESS_PROCESS));
        PRIMARY.put(FolderType.DATA, List.of(DATABASE, DATA_ENTITY, REFERENCE_DATA));
        PRIMARY.put(FolderType.APPLICATION, List.of(APPLICATION, PORTAL, INTEGRATION_SERVICE, EXTERNAL_SYSTEM));
        PRIMARY.put(FolderType.TECHNOLOGY, List.of(INFRASTRUCTURE, INTEGRATION_PLATFORM));
        PRIMARY.put(FolderType.SECURITY, List.of(SECURITY_CONTROL));
        PRIMARY.put(FolderType.POLICIES, List.of(POLICY, STANDARD));
        PRIMARY.put(FolderType.PROJECTS, List.of(PROJECT, ROADMAP));
        PRIMARY.put(FolderType.RELATIONS, concrete(RELATIONSHIP));
        PRIMARY.put(FolderType.DIAGRAMS, List.of(DIAGRAM));
    }

    private Kinds() {
    }

    /** The kind's name in the workbench language: a plug-in's contributed name, else the item providers' label. */
    public static String label(EClass kind) {
        String contributed = ElementKinds.getDefault().label(kind);
        if (contributed != null) {
            return contributed;
        }
        try {
            return ArchitectureEditPlugin.INSTANCE.getString("_UI_" + kind.getName() + "_type"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RuntimeException e) {
            return kind.getName(); // a plug-in kind without a label
        }
    }

    /** Every concrete subclass of {@code type} in the architecture package, in the package's order. */
    public static List<EClass> concrete(EClass type) {
        List<EClass> result = new ArrayList<>();
        for (EClassifier c : ArchitecturePackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass e && !e.isAbstract() && !e.isInterface() && type.isSuperTypeOf(e)) {
                result.add(e);
            }
        }
        return result;
    }

    /** The domain of a folder: its own type, else its nearest typed ancestor's; {@code null} when none is typed. */
    public static FolderType domainOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Folder f && f.eIsSet(FOLDER__FOLDER_TYPE)) {
                return f.getFolderType();
            }
        }
        return null;
    }

    /** The kinds a folder offers first (plug-ins' kinds of its domain after the built-in ones); none when untyped. */
    public static List<EClass> primary(Folder folder) {
        FolderType domain = domainOf(folder);
        if (domain == null) {
            return List.of();
        }
        List<EClass> result = new ArrayList<>(PRIMARY.getOrDefault(domain, List.of()));
        for (ElementKind k : ElementKinds.getDefault().kinds()) {
            if (k.folder() == domain) {
                result.add(k.eClass());
            }
        }
        return result;
    }

    /** The kinds that plug-ins contribute and the item providers do not offer themselves. */
    public static List<EClass> contributed() {
        List<EClass> result = new ArrayList<>();
        for (ElementKind k : ElementKinds.getDefault().kinds()) {
            result.add(k.eClass());
        }
        return result;
    }

    /** Whether {@code kind} belongs in a folder of the domain at all (relationships and diagrams have their own). */
    public static boolean allowed(Folder folder, EClass kind) {
        FolderType domain = domainOf(folder);
        if (domain == null) {
            return true;
        }
        if (domain == FolderType.RELATIONS) {
            return RELATIONSHIP.isSuperTypeOf(kind);
        }
        if (domain == FolderType.DIAGRAMS) {
            return PRIMARY.get(domain).contains(kind);
        }
        return ELEMENT.isSuperTypeOf(kind);
    }
}
