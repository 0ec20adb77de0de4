package vn.donthu.locality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the 2025 merger table: lines {@code new_code<TAB>old_codes} where old codes (of the 2008
 * list) are separated by {@code ;}. Every old province is in exactly one new one.
 */
final class MergerTable {

    private MergerTable() {
    }

    static void readResource(String resource, GazetteerBuilder builder) {
        try (InputStream in = MergerTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped merger table " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("new_code")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 2) {
                    throw new IllegalArgumentException(resource + ":" + number + ": expected new_code<TAB>old_codes");
                }
                String newCode = cells[0].trim();
                builder.byCode(CodeList.V2025, Level.PROVINCE, newCode).orElseThrow(() ->
                        new IllegalArgumentException(resource + ": no 2025 province " + newCode));
                for (String oldCode : cells[1].split(";")) {
                    builder.byCode(CodeList.V2008, Level.PROVINCE, oldCode.trim()).orElseThrow(() ->
                            new IllegalArgumentException(resource + ": no 2008 province " + oldCode));
                    builder.merge(oldCode.trim(), newCode);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
