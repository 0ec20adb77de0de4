package vn.donthu.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (without it Excel reads Vietnamese as windows-1252).
 * A cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
 */
final class CsvSheet implements ResultSheet {

    private final Writer out;

    CsvSheet(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\uFEFF');
    }

    @Override
    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        String safe = "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
