package vn.donthu.ingest.visits;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.donthu.ingest.visits.RegisterRows.SheetRow;
import vn.donthu.letter.ContentHash;
import vn.donthu.visit.Visit;

/**
 * A reception register read: its visits, and the rows that could not be read with the reason. A
 * file is a register when one of its first rows names at least a date and either the visitors or
 * the content (see {@link RegisterColumn}).
 */
public record Register(List<Visit> visits, List<RowFailure> failures) {

    /** A row that did not become a visit. */
    public record RowFailure(int row, String reason) {
    }

    /** Where the header may stand: registers start with a title, the unit's name, a date range. */
    private static final int HEADER_SEARCH_ROWS = 15;
    /** The Law on Citizen Reception (Luật Tiếp công dân 2013) counts five people or more as a group. */
    private static final int GROUP_SIZE = 5;
    private static final Set<String> YES = Set.of("x", "co", "1", "yes", "true", "v", "dong nguoi", "doan dong nguoi");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/yyyy"), DateTimeFormatter.ofPattern("d-M-yyyy"), DateTimeFormatter.ofPattern("d.M.yyyy"));

    /** Reads a spreadsheet or CSV file; null when its rows have no register header. */
    public static Register read(byte[] content, boolean csv, String fileHash, String sourcePath) throws IOException {
        List<SheetRow> rows = csv ? RegisterRows.csv(content) : RegisterRows.spreadsheet(content);
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            Map<RegisterColumn, Integer> columns = columns(rows.get(i));
            if (columns.containsKey(RegisterColumn.DATE)
                    && (columns.containsKey(RegisterColumn.NAMES) || columns.containsKey(RegisterColumn.CONTENT))) {
                return read(rows.subList(i + 1, rows.size()), columns, fileHash, sourcePath);
            }
        }
        return null;
    }

    private static Map<RegisterColumn, Integer> columns(SheetRow header) {
        Map<RegisterColumn, Integer> columns = new EnumMap<>(RegisterColumn.class);
        for (int c = 0; c < header.cells().size(); c++) {
            RegisterColumn column = RegisterColumn.of(header.cells().get(c));
            if (column != null) {
                columns.putIfAbsent(column, c);
            }
        }
        return columns;
    }

    private static Register read(List<SheetRow> rows, Map<RegisterColumn, Integer> columns, String fileHash, String sourcePath) {
        List<Visit> visits = new ArrayList<>();
        List<RowFailure> failures = new ArrayList<>();
        Instant now = Instant.now();
        for (SheetRow row : rows) {
            if (row.blank()) {
                continue;
            }
            String date = cell(row, columns, RegisterColumn.DATE);
            String names = cell(row, columns, RegisterColumn.NAMES);
            String content = cell(row, columns, RegisterColumn.CONTENT);
            if (names.isEmpty() && content.isEmpty()) {
                failures.add(new RowFailure(row.number(), "neither the visitors' names nor the content is filled in"));
                continue;
            }
            LocalDate visitDate = date(date);
            if (visitDate == null) {
                failures.add(new RowFailure(row.number(), date.isEmpty() ? "no date of the visit"
                        : "'" + date + "' is not a date (day/month/year)"));
                continue;
            }
            String people = cell(row, columns, RegisterColumn.PEOPLE);
            Integer count = null;
            if (!people.isEmpty()) {
                try {
                    count = Integer.valueOf(people.replaceAll("\\D.*$", ""));
                } catch (NumberFormatException e) {
                    failures.add(new RowFailure(row.number(), "'" + people + "' is not a number of people"));
                    continue;
                }
            }
            boolean marked = YES.contains(RegisterColumn.key(cell(row, columns, RegisterColumn.GROUP)));
            visits.add(new Visit(ContentHash.ofText(fileHash + ":" + row.number()), visitDate, names(names), count,
                    marked || (count != null && count >= GROUP_SIZE), orNull(cell(row, columns, RegisterColumn.ADDRESS)),
                    orNull(content), orNull(cell(row, columns, RegisterColumn.KIND)),
                    orNull(cell(row, columns, RegisterColumn.RECEIVED_BY)), orNull(cell(row, columns, RegisterColumn.OUTCOME)),
                    sourcePath, row.number(), now, null));
        }
        return new Register(visits, failures);
    }

    private static String cell(SheetRow row, Map<RegisterColumn, Integer> columns, RegisterColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private static List<String> names(String cell) {
        return Arrays.stream(cell.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeException e) {
                // next format
            }
        }
        return null;
    }
}
