package org.leiojournal.transfer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.leiojournal.storage.Column;
import org.leiojournal.storage.ColumnType;

/**
 * The CSV form of a journal: one RFC 4180 file per table named after it, UTF-8, plus {@value #FORMAT_FILE} naming
 * the format and its version. Every value that is there is quoted and a missing value is an empty unquoted cell,
 * so a missing temperature ({@code ,,}), an empty note ({@code ,"",}) and a zero ({@code ,"0",}) stay distinct.
 */
final class CsvFormat {

    static final String FORMAT_FILE = "format.csv";
    static final String EXTENSION = ".csv";
    /** Put before a text that a spreadsheet would run as a formula; read back off again on import. */
    private static final char GUARD = '\'';

    private CsvFormat() {
    }

    static CSVFormat format() {
        return CSVFormat.RFC4180.builder()
                .setQuoteMode(QuoteMode.ALL_NON_NULL)
                .setRecordSeparator("\r\n")
                .build();
    }

    /**
     * A text cell as written: one starting with {@code = + - @}, a tab or a carriage return gets a leading
     * apostrophe, so a spreadsheet shows it as text instead of running it (OWASP's advice against CSV injection).
     * A text that already starts with an apostrophe gets one more, so that {@link #restore} is exact.
     */
    static String neutralise(Column column, String value) {
        if (column.type() != ColumnType.TEXT || value.isEmpty()) {
            return value;
        }
        return isRisky(value.charAt(0)) ? GUARD + value : value;
    }

    /** The text a cell held before {@link #neutralise}. */
    static String restore(Column column, String cell) {
        if (column.type() == ColumnType.TEXT && cell.length() > 1 && cell.charAt(0) == GUARD
                && isRisky(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean isRisky(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == GUARD;
    }
}
