package vn.egov.workbench.inspection.rules;

import java.util.regex.Pattern;

/**
 * A regulated sector, by code. A code rather than an enum because plug-ins contribute decrees for
 * sectors this bundle does not know; statutes and competence caps per sector come from data.
 */
public record Sector(String code) {

    // first: the constants below are validated against it during class initialisation
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");

    public static final Sector POSTAL = new Sector("postal");
    public static final Sector COURIER = new Sector("courier");
    public static final Sector TELECOM = new Sector("telecom");
    public static final Sector ISP = new Sector("isp");
    public static final Sector INTERNET_POINT = new Sector("internet-point");
    public static final Sector RADIO = new Sector("radio");
    public static final Sector IT = new Sector("it");
    public static final Sector E_TRANSACTIONS = new Sector("e-transactions");
    public static final Sector PRESS = new Sector("press");
    public static final Sector PUBLISHING = new Sector("publishing");

    public Sector {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("input.badSector", String.valueOf(code));
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
