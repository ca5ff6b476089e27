package vn.egov.workbench.architecture.diagram.internal.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.swt.graphics.Font;

/** Word wrapping for figure texts, measured with the figure's font. */
final class TextLines {

    private TextLines() {
    }

    /** {@code text} broken into lines no wider than {@code width}, at most {@code maxLines} (the last one cut with …). */
    static List<String> wrap(String text, Font font, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty() || maxLines <= 0) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) { //$NON-NLS-1$
            String candidate = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
            if (line.isEmpty() || FigureUtilities.getTextWidth(candidate, font) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + " \u2026"); //$NON-NLS-1$
            lines = cut;
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, fit(lines.get(i), font, width));
        }
        return lines;
    }

    /** Cuts one word that is wider than the box. */
    private static String fit(String line, Font font, int width) {
        if (FigureUtilities.getTextWidth(line, font) <= width) {
            return line;
        }
        String s = line;
        while (s.length() > 1 && FigureUtilities.getTextWidth(s + "\u2026", font) > width) { //$NON-NLS-1$
            s = s.substring(0, s.length() - 1);
        }
        return s + "\u2026"; //$NON-NLS-1$
    }
}
