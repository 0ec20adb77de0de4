package vn.donthu.ingest.records;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV as spreadsheets write it (RFC 4180): fields in double quotes may hold the delimiter,
 * line breaks and doubled quotes. The delimiter is the header's: comma, semicolon (Excel in a
 * Vietnamese locale) or tab.
 */
public final class CsvLine {

    private CsvLine() {
    }

    /** The delimiter the header line uses most, outside quotes. */
    public static char delimiterOf(String header) {
        char best = ',';
        int bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            int count = split(header, candidate).size();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /** True when the text ends inside a quoted field, so the record goes on on the next line. */
    public static boolean isOpen(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quoted = !quoted;
            }
        }
        return quoted;
    }

    public static List<String> split(String record, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
