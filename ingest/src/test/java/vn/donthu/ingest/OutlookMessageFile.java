package vn.donthu.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An Outlook MSG file written the way Outlook stores one ([MS-OXMSG]): an OLE2 compound file whose
 * streams are MAPI properties. Strings are UTF-16LE {@code __substg1.0_<tag>001F} streams, binaries
 * {@code ...0102} streams, and each storage has a {@code __properties_version1.0} stream listing its
 * fixed-size properties after a header (32 bytes for the top-level message, 8 for an attachment).
 */
final class OutlookMessageFile {

    private static final int PT_LONG = 0x0003;
    private static final int PR_MESSAGE_FLAGS = 0x0E07;
    private static final int MSGFLAG_READ_HAS_ATTACH = 0x01 | 0x10;
    private static final int PR_ATTACH_METHOD = 0x3705;
    private static final int ATTACH_BY_VALUE = 1;

    private OutlookMessageFile() {
    }

    /** A message from {@code sender} with a plain-text body and the given attachments (file name to bytes), in order. */
    static byte[] of(String sender, String subject, String body, Map<String, byte[]> attachments) throws IOException {
        try (POIFSFileSystem msg = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DirectoryEntry root = msg.getRoot();
            root.createDirectory("__nameid_version1.0");
            string(root, 0x001A, "IPM.Note");
            string(root, 0x0037, subject);
            string(root, 0x1000, body);
            string(root, 0x0C1A, sender);
            ByteBuffer header = littleEndian(32);
            header.position(8);
            header.putInt(0).putInt(attachments.size()).putInt(0).putInt(attachments.size());
            properties(root, header, PR_MESSAGE_FLAGS, MSGFLAG_READ_HAS_ATTACH);
            int index = 0;
            for (Map.Entry<String, byte[]> attachment : attachments.entrySet()) {
                DirectoryEntry storage = root.createDirectory("__attach_version1.0_#%08X".formatted(index++));
                string(storage, 0x3707, attachment.getKey());
                string(storage, 0x3704, attachment.getKey());
                storage.createDocument("__substg1.0_37010102", new ByteArrayInputStream(attachment.getValue()));
                properties(storage, littleEndian(8), PR_ATTACH_METHOD, ATTACH_BY_VALUE);
            }
            msg.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static void string(DirectoryEntry storage, int propertyId, String value) throws IOException {
        storage.createDocument("__substg1.0_%04X001F".formatted(propertyId),
                new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
    }

    /** The header, then one 16-byte entry: type, id, flags (readable and writable), value. */
    private static void properties(DirectoryEntry storage, ByteBuffer header, int propertyId, int value) throws IOException {
        ByteBuffer entry = littleEndian(16);
        entry.putShort((short) PT_LONG).putShort((short) propertyId).putInt(0x06).putInt(value);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(header.array());
        stream.write(entry.array());
        storage.createDocument("__properties_version1.0", new ByteArrayInputStream(stream.toByteArray()));
    }

    private static ByteBuffer littleEndian(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
