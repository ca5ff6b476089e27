package vn.egov.workbench.inspection.csv.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.inspection.csv.Messages;
import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.rules.RuleViolation;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.ViolatorType;

/**
 * The inspected subjects named in the files. The files have no subject file of their own: a subject
 * is written out in full wherever it appears, and the same six fields (type, name, tax code, ID
 * number, address, sector) are the same subject, created once.
 */
public final class Subjects {

    /** The six fields as written in a round's "subjects" cell. */
    public static final String SHAPE = "ORGANISATION|INDIVIDUAL | name | tax code | ID number | address | sector"; //$NON-NLS-1$

    private final Map<List<String>, InspectedSubject> byFields = new LinkedHashMap<>();

    public List<InspectedSubject> all() {
        return List.copyOf(byFields.values());
    }

    /** The subject of these fields, or null (reported) when they are not valid. */
    public InspectedSubject get(Cells cells, String column, String type, String name, String taxCode, String idNumber,
            String address, String sector) {
        ViolatorType t = null;
        for (ViolatorType v : ViolatorType.values()) {
            if (v.name().equalsIgnoreCase(type == null ? "" : type.strip())) { //$NON-NLS-1$
                t = v;
            }
        }
        if (t == null) {
            cells.problem(column, NLS.bind(Messages.Cell_notChoice, type, "ORGANISATION|INDIVIDUAL")); //$NON-NLS-1$
            return null;
        }
        if (blank(name)) {
            cells.problem(column, Messages.Cell_required);
            return null;
        }
        Sector s = null;
        if (!blank(sector)) {
            try {
                s = new Sector(sector.strip());
            } catch (RuleViolation e) {
                cells.rule(column, e);
                return null;
            }
        }
        List<String> key = List.of(t.name(), name.strip(), nz(taxCode), nz(idNumber), nz(address), s == null ? "" : s.code()); //$NON-NLS-1$
        InspectedSubject known = byFields.get(key);
        if (known != null) {
            return known;
        }
        InspectedSubject subject = InspectionFactory.eINSTANCE.createInspectedSubject();
        subject.setViolatorType(t);
        subject.setName(name.strip());
        subject.setTaxCode(blank(taxCode) ? null : taxCode.strip());
        subject.setIdNumber(blank(idNumber) ? null : idNumber.strip());
        subject.setAddress(blank(address) ? null : address.strip());
        subject.setSector(s);
        byFields.put(key, subject);
        return subject;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return blank(s) ? "" : s.strip(); //$NON-NLS-1$
    }
}
