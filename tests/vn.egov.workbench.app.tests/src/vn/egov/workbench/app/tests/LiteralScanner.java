package vn.egov.workbench.app.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds Java source lines whose string literals are not all marked {@code //$NON-NLS-n$}: the Eclipse
 * convention for "not user-visible". A string that a user sees must come from a Messages class.
 */
final class LiteralScanner {

    private LiteralScanner() {
    }

    /** Line numbers (1-based) with more string literals than NON-NLS markers. */
    static List<Integer> unmarkedLines(String source) {
        List<Integer> result = new ArrayList<>();
        boolean inBlockComment = false;
        boolean inTextBlock = false;
        String[] lines = source.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int literals = 0;
            String lineComment = "";
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (inBlockComment) {
                    int end = line.indexOf("*/", i);
                    if (end < 0) {
                        break;
                    }
                    inBlockComment = false;
                    i = end + 2;
                } else if (inTextBlock) {
                    int end = line.indexOf("\"\"\"", i);
                    if (end < 0) {
                        break;
                    }
                    inTextBlock = false;
                    i = end + 3;
                } else if (line.startsWith("/*", i)) {
                    inBlockComment = true;
                    i += 2;
                } else if (line.startsWith("//", i)) {
                    lineComment = line.substring(i);
                    break;
                } else if (line.startsWith("\"\"\"", i)) {
                    literals++;
                    inTextBlock = true;
                    i += 3;
                } else if (c == '"' || c == '\'') {
                    if (c == '"') {
                        literals++;
                    }
                    i = skipQuoted(line, i, c);
                } else {
                    i++;
                }
            }
            int markers = lineComment.split("\\$NON-NLS-\\d+\\$", -1).length - 1;
            if (literals > markers) {
                result.add(n + 1);
            }
        }
        return result;
    }

    private static int skipQuoted(String line, int start, char quote) {
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }
}
