package vn.donthu.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** An XLSX workbook through POI's streaming writer: 100 rows in memory, the rest in a temporary file. */
final class XlsxSheet implements ResultSheet {

    /** Excel refuses longer cells. */
    static final int MAX_CELL_CHARS = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final Sheet sheet = workbook.createSheet("letters");
    private final OutputStream out;
    private int rows;

    XlsxSheet(OutputStream out) {
        this.out = out;
    }

    @Override
    public void row(List<String> cells) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell != null) {
                row.createCell(i).setCellValue(cell.length() > MAX_CELL_CHARS ? cell.substring(0, MAX_CELL_CHARS) : cell);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
