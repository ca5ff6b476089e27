package vn.egov.workbench.architecture.editor.internal;

import java.text.Normalizer;

/**
 * Vietnamese text folded for searching: lower case, without tone and vowel marks, đ as d, so that "so thong tin"
 * finds "Sở Thông tin".
 */
public final class TextFold {

    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
