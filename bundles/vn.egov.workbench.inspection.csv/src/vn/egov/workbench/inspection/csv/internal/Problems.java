package vn.egov.workbench.inspection.csv.internal;

import java.util.ArrayList;
import java.util.List;

import vn.egov.workbench.inspection.csv.CsvImportException;
import vn.egov.workbench.inspection.csv.CsvProblem;

/** Collects what is wrong in the files; the first 50 are kept, the rest only counted. */
public final class Problems {

    private static final int KEEP = 50;

    private final List<CsvProblem> kept = new ArrayList<>();
    private int more;

    public void add(String file, int row, String column, String message) {
        if (kept.size() < KEEP) {
            kept.add(new CsvProblem(file, row, column, message));
        } else {
            more++;
        }
    }

    public boolean isEmpty() {
        return kept.isEmpty();
    }

    public void throwIfAny() {
        if (!kept.isEmpty()) {
            throw new CsvImportException(kept, more);
        }
    }
}
