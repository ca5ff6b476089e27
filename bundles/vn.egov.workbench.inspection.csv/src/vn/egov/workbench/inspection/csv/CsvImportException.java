package vn.egov.workbench.inspection.csv;

import java.util.List;

/** The import was refused and nothing was written; {@link #problems()} names each bad row and column. */
public class CsvImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CsvProblem> problems;

    public CsvImportException(List<CsvProblem> problems, int more) {
        super(message(problems, more));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<CsvProblem> problems, int more) {
        StringBuilder b = new StringBuilder(Messages.bind(Messages.Import_refused, problems.size() + more));
        for (CsvProblem p : problems) {
            b.append('\n').append("  ").append(p); //$NON-NLS-1$
        }
        if (more > 0) {
            b.append('\n').append("  ").append(Messages.bind(Messages.Import_more, more)); //$NON-NLS-1$
        }
        return b.toString();
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
