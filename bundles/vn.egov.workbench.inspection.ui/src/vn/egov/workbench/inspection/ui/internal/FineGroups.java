package vn.egov.workbench.inspection.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.egov.workbench.inspection.store.FineTotal;

/** Fine totals added up by one dimension (year, sector or status), in the order the store gives. */
public final class FineGroups {

    public enum By {
        YEAR, SECTOR, STATUS
    }

    /** One group: its label, decisions, total, collected. */
    public record Group(String label, int decisions, long total, long collected) {
        public long outstanding() {
            return total - collected;
        }
    }

    private FineGroups() {
    }

    public static List<Group> of(List<FineTotal> totals, By by) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        List<FineTotal> ordered = new ArrayList<>(totals);
        if (by == By.STATUS) {
            ordered.sort((a, b) -> a.status().compareTo(b.status()));
        }
        for (FineTotal t : ordered) {
            String key = switch (by) {
                case YEAR -> Integer.toString(t.year());
                case SECTOR -> Texts.sector(t.sector());
                case STATUS -> Texts.status(t.status());
            };
            long[] s = sums.computeIfAbsent(key, k -> new long[3]);
            s[0] += t.decisions();
            s[1] += t.total();
            s[2] += t.collected();
        }
        List<Group> out = new ArrayList<>();
        sums.forEach((k, s) -> out.add(new Group(k, (int) s[0], s[1], s[2])));
        return out;
    }

    public static Group sum(List<Group> groups, String label) {
        int d = 0;
        long t = 0;
        long c = 0;
        for (Group g : groups) {
            d += g.decisions();
            t += g.total();
            c += g.collected();
        }
        return new Group(label, d, t, c);
    }
}
