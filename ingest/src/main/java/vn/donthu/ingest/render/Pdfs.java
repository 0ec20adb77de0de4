package vn.donthu.ingest.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

final class Pdfs {

    private Pdfs() {}

    /** PDFBox would derive the trailer /ID from the clock; a fixed one keeps re-rendered files byte-identical. */
    static void save(PDDocument doc, String name, Path target) throws IOException {
        byte[] id;
        try {
            id = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
        doc.save(target.toFile());
    }
}
