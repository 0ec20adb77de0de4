package vn.donthu.ingest.visits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.donthu.ingest.records.CsvLine;

/** The rows of a spreadsheet's first sheet (XLSX, XLS) or of a CSV file, each cell as text. */
final class RegisterRows {

    /** A row as a spreadsheet numbers it (from 1), its cells as text; a date cell as yyyy-MM-dd. */
    record SheetRow(int number, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** More rows than a register has; beyond, the file is refused rather than exhausting the heap. */
    static final int MAX_ROWS = 1_000_000;

    private RegisterRows() {
    }

    static List<SheetRow> spreadsheet(byte[] content) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (rows.size() >= MAX_ROWS) {
                    throw new IOException("more than " + MAX_ROWS + " rows");
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        // The displayed form of a date depends on the sheet's locale; the date itself does not.
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    static List<SheetRow> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        List<SheetRow> rows = new ArrayList<>();
        char delimiter = CsvLine.delimiterOf(lines[0]);
        for (int i = 0; i < lines.length; i++) {
            int first = i + 1;
            StringBuilder record = new StringBuilder(lines[i]);
            while (CsvLine.isOpen(record.toString()) && i + 1 < lines.length) {
                record.append('\n').append(lines[++i]);
            }
            rows.add(new SheetRow(first, CsvLine.split(record.toString(), delimiter)));
        }
        return rows;
    }
}
