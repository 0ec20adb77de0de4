package vn.donthu.ingest.extract;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;
import vn.donthu.analysis.encoding.Windows1258Text;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.PageInfo;

/** Born-digital documents (DOCX, DOC, ODT, RTF, HTML, plain text in any charset) through Tika. */
final class DocumentExtractor {

    private final AutoDetectParser parser = new AutoDetectParser();
    /**
     * Plain text goes straight to the text parser: asked again, the auto-detecting parser would
     * call text in a legacy 8-bit encoding binary and return nothing.
     */
    private final TXTParser plainText = new TXTParser();
    private final int maxChars;

    DocumentExtractor(int maxChars) {
        this.maxChars = maxChars;
    }

    Extraction extract(byte[] content, String mediaType) throws UnreadableFileException {
        if (mediaType.equals("text/plain")) {
            // Tika's charset detectors read windows-1258 as windows-1252 and lose the tone marks.
            Optional<String> windows1258 = Windows1258Text.decode(content);
            if (windows1258.isPresent()) {
                if (windows1258.get().length() > maxChars) {
                    throw new UnreadableFileException(tooLong());
                }
                return extraction(mediaType, windows1258.get().strip(), 1);
            }
        }
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        Metadata metadata = new Metadata();
        try (TikaInputStream input = TikaInputStream.get(content)) {
            Parser chosen = mediaType.equals("text/plain") ? plainText : parser;
            chosen.parse(input, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("encrypted document: it needs a password to open", e);
        } catch (IOException | SAXException | TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableFileException(tooLong(), e);
            }
            throw new UnreadableFileException("corrupt or unreadable " + mediaType + ": " + e.getMessage(), e);
        }
        return extraction(mediaType, handler.toString().strip(), pageCount(metadata));
    }

    private static Extraction extraction(String mediaType, String text, int pageCount) {
        ExtractionMethod method = text.isEmpty() ? ExtractionMethod.NONE : ExtractionMethod.TEXT_LAYER;
        // Office formats carry no page breaks in their text: the whole text is the first page.
        return new Extraction(mediaType, text, pageCount, 0, method, null,
                List.of(new PageInfo(1, 0, method, null)), null);
    }

    private String tooLong() {
        return "the text is longer than the " + maxChars + " characters allowed for one letter";
    }

    private static int pageCount(Metadata metadata) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        if (pages == null) {
            pages = metadata.getInt(Office.PAGE_COUNT);
        }
        return pages == null || pages < 1 ? 1 : pages;
    }
}
