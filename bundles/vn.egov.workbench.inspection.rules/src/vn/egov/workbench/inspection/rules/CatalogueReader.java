package vn.egov.workbench.inspection.rules;

import static vn.egov.workbench.inspection.rules.internal.SafeXml.*;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * Reads a legal catalogue file (root {@code <legal-catalogue>}, see data/catalogue/decree-15-2020.xml)
 * into the decree map and article index of a {@link LegalCatalogue.Builder}.
 */
final class CatalogueReader {

    private CatalogueReader() {
    }

    static void read(InputStream in, String source, Map<String, Decree> decrees, EffectiveIndex<Article> articles) {
        Element root = parse(in, source, "legal-catalogue");
        for (Element el : children(root)) {
            if (!el.getTagName().equals("decree")) {
                throw unexpected(el, source);
            }
            Decree decree = decree(el, source);
            Decree known = decrees.putIfAbsent(decree.id(), decree);
            // a plug-in may add articles to a decree already declared, but must describe it the same way
            if (known != null && (!known.number().equals(decree.number())
                    || !known.effective().equals(decree.effective()))) {
                throw new RuleViolation("catalogue.decreeConflict", source, decree.id(), known.source());
            }
            for (Element child : children(el)) {
                switch (child.getTagName()) {
                    case "title" -> { }
                    case "article" -> {
                        Article a = article(child, decree, source);
                        articles.add(LegalCatalogue.key(decree.id(), a.ref()), a, source);
                    }
                    default -> throw unexpected(child, source);
                }
            }
        }
    }

    private static Decree decree(Element el, String source) {
        EffectivePeriod period = new EffectivePeriod(date(el, "effective-from", source),
                optionalDate(el, "effective-to", source).orElse(null));
        return new Decree(required(el, "id", source), required(el, "number", source),
                localText(requiredChild(el, "title", source), source), date(el, "issued", source), period, source);
    }

    private static Article article(Element el, Decree decree, String source) {
        ArticleRef ref;
        try {
            ref = ArticleRef.parse(required(el, "ref", source));
        } catch (RuleViolation e) {
            throw bad(el, "ref", el.getAttribute("ref"), source);
        }
        String amendedBy = optional(el, "amended-by").orElse(null);
        if (amendedBy != null && optional(el, "effective-from").isEmpty()) {
            // an amendment without its own start date would silently apply from the original decree's date
            throw new RuleViolation("xml.missingAttribute", source, "article " + ref, "effective-from");
        }
        LocalDate from = optionalDate(el, "effective-from", source).orElse(decree.effective().from());
        LocalDate to = optionalDate(el, "effective-to", source).orElse(decree.effective().to());
        if (from.isBefore(decree.effective().from())) {
            throw bad(el, "effective-from", from.toString(), source);
        }
        Element fine = requiredChild(el, "fine", source);
        FineRange range;
        try {
            range = new FineRange(number(fine, "organisation-min", 0, source),
                    number(fine, "organisation-max", 0, source));
        } catch (RuleViolation e) {
            throw e.key().equals("input.badRange")
                    ? new RuleViolation("catalogue.badRange", source, decree.id(), ref.toString()) : e;
        }
        List<Measure> additional = new ArrayList<>();
        List<Measure> remedial = new ArrayList<>();
        for (Element child : children(el)) {
            switch (child.getTagName()) {
                case "behaviour", "fine" -> { }
                case "additional-sanction" -> additional.add(measure(child, source));
                case "remedial" -> remedial.add(measure(child, source));
                default -> throw unexpected(child, source);
            }
        }
        return new Article(decree.id(), ref, localText(requiredChild(el, "behaviour", source), source),
                new Sector(required(el, "sector", source)), range, bool(fine, "warning", false, source),
                additional, remedial, new EffectivePeriod(from, to), amendedBy,
                bool(el, "confirmed", true, source), source);
    }

    private static Measure measure(Element el, String source) {
        int min = optional(el, "months-min").isPresent() ? integer(el, "months-min", 1, 600, source) : 0;
        int max = optional(el, "months-max").isPresent() ? integer(el, "months-max", 1, 600, source) : min;
        if (max < min) {
            throw bad(el, "months-max", Integer.toString(max), source);
        }
        return new Measure(required(el, "kind", source), localText(el, source), min, max);
    }

    /** The {@code <vi>} and {@code <en>} children of an element. */
    static LocalText localText(Element el, String source) {
        return new LocalText(text(requiredChild(el, "vi", source), source),
                text(requiredChild(el, "en", source), source));
    }
}
