package vn.egov.workbench.inspection.rules;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article, clause and point of a decree written the way inspectors cite it: "Đ8 k2", "Đ13 k3 e".
 * Parsing accepts any case, extra spaces and a plain "D" (keyboards without Vietnamese input), so
 * {@code --article "d8 K2"} finds the same row; {@link #toString()} is always the canonical "Đ8 k2".
 *
 * @param article the article number (Điều), at least 1
 * @param clause  the clause number (khoản), 0 when the whole article is meant
 * @param point   the point letter (điểm), empty when none
 */
public record ArticleRef(int article, int clause, String point) implements Comparable<ArticleRef> {

    private static final Pattern FORM =
            Pattern.compile("[ĐD] ?(\\d{1,4})(?: ?K ?(\\d{1,3})(?: ?([A-ZĐ]))?)?");
    /** Vietnamese point letters in legal order (no f, j, w, z; đ after d). */
    private static final String POINTS = "abcdđeghiklmnopqrstuvxy";
    private static final Comparator<ArticleRef> ORDER = Comparator.comparingInt(ArticleRef::article)
            .thenComparingInt(ArticleRef::clause)
            .thenComparingInt(r -> r.point.isEmpty() ? -1 : POINTS.indexOf(r.point));

    public ArticleRef {
        if (article < 1 || clause < 0 || point == null
                || (!point.isEmpty() && (point.length() != 1 || POINTS.indexOf(point) < 0))
                || (clause == 0 && !point.isEmpty())) {
            throw new RuleViolation("article.refMalformed", article + " " + clause + " " + point);
        }
    }

    /** Parses a citation such as "Đ8 k2"; throws {@link RuleViolation} "article.refMalformed" otherwise. */
    public static ArticleRef parse(String text) {
        if (text == null) {
            throw new RuleViolation("article.refMalformed", "");
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        Matcher m = FORM.matcher(normal);
        if (!m.matches()) {
            throw new RuleViolation("article.refMalformed", text);
        }
        int clause = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String point = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        if (!point.isEmpty() && POINTS.indexOf(point) < 0) {
            throw new RuleViolation("article.refMalformed", text);
        }
        return new ArticleRef(Integer.parseInt(m.group(1)), clause, point);
    }

    @Override
    public int compareTo(ArticleRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return "Đ" + article + (clause > 0 ? " k" + clause : "") + (point.isEmpty() ? "" : " " + point);
    }
}
