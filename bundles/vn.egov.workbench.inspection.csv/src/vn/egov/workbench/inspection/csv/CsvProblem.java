package vn.egov.workbench.inspection.csv;

/**
 * One thing wrong in an imported file.
 *
 * @param file    the file name as given
 * @param row     the spreadsheet row: the header is row 1, the first data row is row 2 (0: the whole file)
 * @param column  the column name, or null when the problem is the row or file as a whole
 * @param message what is wrong, in the user's language
 */
public record CsvProblem(String file, int row, String column, String message) {

    @Override
    public String toString() {
        String where = row == 0 ? file : column == null ? Messages.bind(Messages.Problem_row, file, row)
                : Messages.bind(Messages.Problem_cell, new Object[] { file, row, column });
        return where + ": " + message; //$NON-NLS-1$
    }
}
