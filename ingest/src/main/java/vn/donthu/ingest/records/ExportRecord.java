package vn.donthu.ingest.records;

import java.util.Map;

/**
 * One record of an export as read, before it is understood: its fields as text, or why it could not
 * be read.
 *
 * @param line      the line it starts on, counting from 1, as a person opening the file sees it
 * @param lastLine  the line it ends on (a quoted CSV field may span lines)
 * @param endOffset the byte offset just past it: where a resumed run starts reading
 */
public record ExportRecord(long line, long lastLine, long endOffset, Map<String, String> fields, String error) {

    public boolean readable() {
        return error == null;
    }
}
