package vn.egov.workbench.inspection.ui.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.RoundStatus;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.Vnd;

/** How the inspection views show and read dates, money and codes: dd/MM/yyyy as Vietnamese forms do. */
public final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT); //$NON-NLS-1$
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT); //$NON-NLS-1$

    private Texts() {
    }

    public static Locale locale() {
        return Locale.getDefault();
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d); //$NON-NLS-1$
    }

    public static String dateTime(LocalDateTime d) {
        return d == null ? "" : DATE_TIME.format(d); //$NON-NLS-1$
    }

    public static String money(long vnd) {
        return Vnd.format(vnd, locale());
    }

    /** A date typed as dd/MM/yyyy (or ISO yyyy-MM-dd); null for an empty field; throws with a clear message otherwise. */
    public static LocalDate parseDate(String text, String field) {
        String t = text == null ? "" : text.strip(); //$NON-NLS-1$
        if (t.isEmpty()) {
            return null;
        }
        try {
            return t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t, DATE); //$NON-NLS-1$
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Input_badDate, field, t));
        }
    }

    /** A date and time typed as dd/MM/yyyy HH:mm; null for an empty field. */
    public static LocalDateTime parseDateTime(String text, String field) {
        String t = text == null ? "" : text.strip(); //$NON-NLS-1$
        if (t.isEmpty()) {
            return null;
        }
        try {
            return t.contains("T") ? LocalDateTime.parse(t) : LocalDateTime.parse(t, DATE_TIME); //$NON-NLS-1$
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Input_badDateTime, field, t));
        }
    }

    /** A whole amount of VND; dots, commas and spaces between the digits are allowed. */
    public static long parseMoney(String text, String field) {
        String t = text == null ? "" : text.replaceAll("[.,\\s₫]", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try {
            long v = Long.parseLong(t);
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Input_badMoney, field, text));
        }
    }

    public static String status(CaseStatus s) {
        return s == null ? "" : s.label().in(locale()); //$NON-NLS-1$
    }

    public static String status(RoundStatus s) {
        return s == null ? "" : s.label().in(locale()); //$NON-NLS-1$
    }

    /** A sector's name; an unknown code (a plug-in's) is shown as it is. */
    public static String sector(String code) {
        if (code == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (code) {
            case "postal" -> Messages.Sector_postal; //$NON-NLS-1$
            case "courier" -> Messages.Sector_courier; //$NON-NLS-1$
            case "telecom" -> Messages.Sector_telecom; //$NON-NLS-1$
            case "isp" -> Messages.Sector_isp; //$NON-NLS-1$
            case "internet-point" -> Messages.Sector_internetPoint; //$NON-NLS-1$
            case "radio" -> Messages.Sector_radio; //$NON-NLS-1$
            case "it" -> Messages.Sector_it; //$NON-NLS-1$
            case "e-transactions" -> Messages.Sector_eTransactions; //$NON-NLS-1$
            case "press" -> Messages.Sector_press; //$NON-NLS-1$
            case "publishing" -> Messages.Sector_publishing; //$NON-NLS-1$
            default -> code;
        };
    }

    public static String sector(Sector s) {
        return s == null ? "" : sector(s.code()); //$NON-NLS-1$
    }

    /** The known sectors, for filters and the subject dialog. */
    public static final Sector[] SECTORS = { Sector.POSTAL, Sector.COURIER, Sector.TELECOM, Sector.ISP, Sector.INTERNET_POINT,
            Sector.RADIO, Sector.IT, Sector.E_TRANSACTIONS, Sector.PRESS, Sector.PUBLISHING };

    public static String nonNull(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }
}
