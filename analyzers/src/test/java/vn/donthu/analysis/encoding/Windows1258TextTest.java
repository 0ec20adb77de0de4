package vn.donthu.analysis.encoding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import org.apache.lucene.tests.util.LuceneTestCase;

public class Windows1258TextTest extends LuceneTestCase {

    /** The same petition letter as UTF-8, and as a windows-1258 file written by iconv. */
    private static final String LETTER = new String(resource("don-kien-nghi.utf8.txt"), StandardCharsets.UTF_8);
    private static final byte[] WINDOWS_1258_FILE = resource("don-kien-nghi.cp1258.txt");

    public void testDecodesAWindows1258FileToNfc() {
        Optional<String> decoded = Windows1258Text.decode(WINDOWS_1258_FILE);

        assertEquals(Optional.of(LETTER), decoded);
        assertTrue(Normalizer.isNormalized(decoded.orElseThrow(), Normalizer.Form.NFC));
        assertTrue(decoded.orElseThrow().contains("Kính gửi: Ủy ban nhân dân xã Tân Đức"));
    }

    public void testDecodesEachSentenceOfItsOwn() {
        for (String sentence : Sentences.VIETNAMESE) {
            byte[] bytes = LegacyEncoder.windows1258(sentence);
            assertEquals(sentence, Optional.of(Normalizer.normalize(sentence, Normalizer.Form.NFC)), Windows1258Text.decode(bytes));
        }
    }

    public void testLeavesUnicodeAlone() {
        assertEquals(Optional.empty(), Windows1258Text.decode(LETTER.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), Windows1258Text.decode(LETTER.getBytes(StandardCharsets.UTF_16)));
        assertEquals(Optional.empty(), Windows1258Text.decode(LETTER.getBytes(StandardCharsets.UTF_16LE)));
        byte[] withBom = ("\uFEFF" + LETTER).getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), Windows1258Text.decode(withBom));
        assertEquals(Optional.empty(), Windows1258Text.decode("Don khieu nai ve viec thu hoi dat".getBytes(StandardCharsets.US_ASCII)));
    }

    public void testLeavesLegacyEncodingsToTheirDetector() {
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            assertEquals(encoding.toString(), Optional.empty(), Windows1258Text.decode(LegacyEncoder.bytes(LETTER, encoding)));
        }
    }

    public void testLeavesWesternEuropeanTextAlone() {
        Charset western = Charset.forName("windows-1252");
        String[] texts = {
            "Là où il était déjà, le café était prêt à être servi à côté de la fenêtre.",
            "Für die Übergabe der Schlüssel müssen Sie persönlich im Büro erscheinen.",
            "Il più grande è là, però non è così facile: città, università, perché.",
            "El niño comió aún más; después fue allí con su compañía.",
        };
        for (String text : texts) {
            assertEquals(text, Optional.empty(), Windows1258Text.decode(text.getBytes(western)));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Windows1258TextTest.class.getResourceAsStream("/vn/donthu/analysis/encoding/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
