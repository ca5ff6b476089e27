package vn.egov.workbench.inspection.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Search that ignores Vietnamese diacritics and case: "dak ha" finds "Đăk Hà". The same folding
 * runs in Java (for the search text) and in SQL (TRANSLATE, which H2 and PostgreSQL both have),
 * so the database does the matching whatever its collation.
 */
public final class Fold {

    /** Every precomposed Vietnamese letter with a diacritic, lower and upper case, and đ/Đ. */
    private static final String ACCENTED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"; //$NON-NLS-1$
    private static final String FROM = ACCENTED + ACCENTED.toUpperCase(Locale.ROOT);
    private static final String TO = base(FROM);

    private Fold() {
    }

    /** The text without diacritics, in lower case; null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        return base(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    }

    /** The SQL expression that folds a column the same way: LOWER(TRANSLATE(column, ..., ...)). */
    public static String sql(String column) {
        // after TRANSLATE only ASCII letters are left, so LOWER works in any database locale
        return "LOWER(TRANSLATE(" + column + ", '" + FROM + "', '" + TO + "'))"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** A LIKE pattern matching the folded text anywhere, with LIKE's wildcards escaped by '!'. */
    public static String likePattern(String search) {
        String f = fold(search.strip());
        return '%' + f.replace("!", "!!").replace("%", "!%").replace("_", "!_") + '%'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    private static String base(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'đ') {
                out.append('d');
            } else if (c == 'Đ') {
                out.append('D');
            } else if (c < 0x80) {
                out.append(c);
            } else {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.append(d.charAt(0) < 0x80 ? d.charAt(0) : c);
            }
        }
        return out.toString();
    }
}
