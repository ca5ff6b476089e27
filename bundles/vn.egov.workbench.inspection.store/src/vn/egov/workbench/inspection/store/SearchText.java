package vn.egov.workbench.inspection.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for search that ignores diacritics and case: "Công ty Ngọc Linh" and "cong ty ngoc linh"
 * fold to the same text. Vietnamese đ/Đ (not a combining mark) becomes d. The store keeps records'
 * search text folded this way and folds the user's words the same way before comparing.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (ch == '\u0111' || ch == '\u0110') {
                ch = 'd';
            }
            if (Character.isWhitespace(ch)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(ch);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
