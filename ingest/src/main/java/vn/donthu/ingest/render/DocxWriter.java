package vn.donthu.ingest.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.donthu.ingest.render.TypesetLetter.Paragraph;

/** The letter as a citizen would type it in Word: Times New Roman 13 pt on A4, one paragraph per line. */
public final class DocxWriter {

    private static final int LINE_TWIPS = 13 * 20 * 14 / 10;
    /** POI stamps the clock into the properties and the zip entries; a fixed time keeps re-rendered files identical. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private DocxWriter() {}

    public static void write(TypesetLetter letter, Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            pageSetup(doc.getDocument().getBody().addNewSectPr());
            doc.getProperties().getCoreProperties().setCreator("donthu samples");
            doc.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC))));
            for (Paragraph p : letter.paragraphs()) {
                XWPFParagraph para = doc.createParagraph();
                para.setAlignment(switch (p.align()) {
                    case LEFT -> ParagraphAlignment.BOTH;
                    case CENTER, SIGNATURE -> ParagraphAlignment.CENTER;
                    case RIGHT -> ParagraphAlignment.RIGHT;
                });
                if (p.align() == TypesetLetter.Align.SIGNATURE) {
                    para.setIndentationLeft(twips(160 / 2).intValue());
                }
                para.setSpacingBefore(Math.round(p.spaceBefore() * LINE_TWIPS));
                para.setSpacingAfter(0);
                para.setPageBreak(p.newPage());
                XWPFRun run = para.createRun();
                run.setFontFamily("Times New Roman");
                run.setFontSize(13);
                run.setBold(p.face() == TypesetLetter.Face.BOLD);
                run.setItalic(p.face() == TypesetLetter.Face.ITALIC);
                run.setText(p.text());
            }
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            doc.write(docx);
            Files.write(target, withFixedEntryTimes(docx.toByteArray()));
        }
    }

    private static void pageSetup(CTSectPr section) {
        CTPageSz size = section.addNewPgSz();
        size.setW(twips(210));
        size.setH(twips(297));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(twips(30));
        margins.setRight(twips(20));
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
    }

    private static BigInteger twips(int mm) {
        return BigInteger.valueOf(Math.round(mm * 1440 / 25.4));
    }

    /** Copies the package entry by entry, in order, with a fixed local time (no time-zone dependence). */
    private static byte[] withFixedEntryTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(FIXED_TIME);
                out.putNextEntry(fixed);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return copy.toByteArray();
    }
}
