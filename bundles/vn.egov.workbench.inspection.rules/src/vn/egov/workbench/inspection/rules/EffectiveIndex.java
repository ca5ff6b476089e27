package vn.egov.workbench.inspection.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Versions of rules per key, e.g. "15/2020|Đ6 k1" or "decision:standard". Two versions of one key
 * must not overlap in time, otherwise "the rule on date X" would be ambiguous; that is checked on
 * load so a bad plug-in file fails early with the file name.
 */
final class EffectiveIndex<V extends Effective> {

    private final Map<String, List<V>> byKey = new LinkedHashMap<>();

    void add(String key, V value, String source) {
        List<V> versions = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        for (V existing : versions) {
            if (existing.effective().overlaps(value.effective())) {
                throw new RuleViolation("data.overlap", source, key,
                        existing.effective().toString(), value.effective().toString());
            }
        }
        versions.add(value);
    }

    Optional<V> find(String key, LocalDate on) {
        return versions(key).stream().filter(v -> v.effective().contains(on)).findFirst();
    }

    List<V> versions(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    List<V> all() {
        return byKey.values().stream().flatMap(List::stream).toList();
    }

    /** An unmodifiable copy for the built, immutable objects. */
    EffectiveIndex<V> frozen() {
        EffectiveIndex<V> copy = new EffectiveIndex<>();
        byKey.forEach((k, v) -> copy.byKey.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
        return copy;
    }

    EffectiveIndex<V> mutableCopy() {
        EffectiveIndex<V> copy = new EffectiveIndex<>();
        byKey.forEach((k, v) -> copy.byKey.put(k, new ArrayList<>(v)));
        return copy;
    }
}
