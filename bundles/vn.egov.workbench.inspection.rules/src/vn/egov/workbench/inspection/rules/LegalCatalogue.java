package vn.egov.workbench.inspection.rules;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.egov.workbench.inspection.rules.internal.BuiltInData;

/**
 * The sanctioned behaviours of the loaded decrees, each with the periods its versions are in force.
 * Immutable once built; the built-in files come from data/catalogue, plug-ins add theirs through
 * {@link Builder#add(InputStream, String)}.
 */
public final class LegalCatalogue {

    private static final Comparator<Article> ORDER =
            Comparator.comparing(Article::decreeId).thenComparing(Article::ref)
                    .thenComparing(a -> a.effective().from());

    private final Map<String, Decree> decrees;
    private final EffectiveIndex<Article> articles;

    private LegalCatalogue(Map<String, Decree> decrees, EffectiveIndex<Article> articles) {
        this.decrees = Collections.unmodifiableMap(new LinkedHashMap<>(decrees));
        this.articles = articles.frozen();
    }

    /** The catalogue files shipped in this bundle. */
    public static LegalCatalogue builtIn() {
        return builder().addBuiltIn().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    static String key(String decreeId, ArticleRef ref) {
        return decreeId + "|" + ref;
    }

    /**
     * The version of an article in force on a date. Empty when the decree or article is unknown or
     * not in force then; a malformed reference throws ("article.refMalformed").
     *
     * @param decree "15/2020" or the full number "15/2020/NĐ-CP"
     * @param ref    a citation such as "Đ8 k2"
     */
    public Optional<Article> find(String decree, String ref, LocalDate onDate) {
        Objects.requireNonNull(onDate, "onDate");
        ArticleRef parsed = ArticleRef.parse(ref);
        return decree(decree).flatMap(d -> articles.find(key(d.id(), parsed), onDate));
    }

    /** Like {@link #find} but explains a miss: unknown decree, unknown article, or not in force on the date. */
    public Article require(String decree, String ref, LocalDate onDate) {
        ArticleRef parsed = ArticleRef.parse(ref);
        Decree d = decree(decree).orElseThrow(() -> new RuleViolation("decree.unknown", String.valueOf(decree)));
        List<Article> versions = articles.versions(key(d.id(), parsed));
        if (versions.isEmpty()) {
            throw new RuleViolation("article.unknown", parsed.toString(), d.id());
        }
        return versions.stream().filter(a -> a.inForceOn(onDate)).findFirst()
                .orElseThrow(() -> new RuleViolation("article.notInForce", parsed.toString(), d.id(), onDate));
    }

    /** Every version of an article, oldest first (the original wording, then amendments). */
    public List<Article> versions(String decree, String ref) {
        ArticleRef parsed = ArticleRef.parse(ref);
        return decree(decree).map(d -> articles.versions(key(d.id(), parsed)).stream()
                .sorted(ORDER).toList()).orElse(List.of());
    }

    /** The articles in force on a date, by decree and article number. */
    public List<Article> inForceOn(LocalDate date) {
        return articles.all().stream().filter(a -> a.inForceOn(date)).sorted(ORDER).toList();
    }

    /** All versions of all articles. */
    public List<Article> articles() {
        return articles.all().stream().sorted(ORDER).toList();
    }

    /** A decree by id ("15/2020") or official number ("15/2020/NĐ-CP"). */
    public Optional<Decree> decree(String idOrNumber) {
        if (idOrNumber == null) {
            return Optional.empty();
        }
        String wanted = idOrNumber.strip();
        Decree byId = decrees.get(wanted);
        if (byId != null) {
            return Optional.of(byId);
        }
        return decrees.values().stream().filter(d -> d.number().equalsIgnoreCase(wanted)).findFirst();
    }

    public Collection<Decree> decrees() {
        return decrees.values();
    }

    /** Collects catalogue files; not thread-safe, the built catalogue is. */
    public static final class Builder {
        private Map<String, Decree> decrees = new LinkedHashMap<>();
        private EffectiveIndex<Article> articles = new EffectiveIndex<>();

        private Builder() {
        }

        public Builder addBuiltIn() {
            BuiltInData.readEach("catalogue", this::add);
            return this;
        }

        /**
         * Adds one catalogue file, e.g. contributed by a plug-in. The stream is read, not closed.
         * A file with an error adds nothing, so the builder stays usable.
         *
         * @param source a name for messages, e.g. the plug-in id and path
         */
        public Builder add(InputStream in, String source) {
            Map<String, Decree> newDecrees = new LinkedHashMap<>(decrees);
            EffectiveIndex<Article> newArticles = articles.mutableCopy();
            CatalogueReader.read(in, source, newDecrees, newArticles);
            decrees = newDecrees;
            articles = newArticles;
            return this;
        }

        public LegalCatalogue build() {
            return new LegalCatalogue(decrees, articles);
        }
    }
}
