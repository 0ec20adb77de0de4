package vn.donthu.analysis.segment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.Test;

public class LexiconTest {

    private static Lexicon read(String text) throws IOException {
        return Lexicon.builder().read(new StringReader(text), "test.txt", Lexicon.Source.OPERATOR).build();
    }

    private static LexiconFormatException rejected(String text) {
        return assertThrows(LexiconFormatException.class, () -> read(text));
    }

    @Test
    public void shippedLexiconHasPetitionAndCommonVocabulary() {
        Lexicon shipped = Lexicon.shipped();
        assertTrue(shipped.size() > 10_000);
        for (String word : List.of("khiếu nại", "tố cáo", "kiến nghị", "phản ánh", "ủy ban", "nhân dân", "thanh tra",
                "quyết định", "giải quyết", "thu hồi", "bồi thường", "giải phóng", "mặt bằng", "giấy chứng nhận",
                "tòa án", "viện kiểm sát", "nhưng mà", "bởi vì", "tuy nhiên", "hà nội", "thái nguyên")) {
            assertTrue(word, shipped.contains(word));
        }
    }

    @Test
    public void phrasesOfLexicalWordsAreNotEntries() {
        // Segmented as "ủy_ban nhân_dân": a query for "ủy ban" finds it.
        assertFalse(Lexicon.shipped().contains("ủy ban nhân dân"));
    }

    @Test
    public void shippedResourceIsSortedIntoSectionsWithoutDuplicates() throws IOException {
        Lexicon reread = Lexicon.builder().addShipped().build();
        assertEquals(Lexicon.shipped().size(), reread.size());
        assertEquals(List.of(Lexicon.Source.SHIPPED), reread.sourcesOf("khiếu nại"));
    }

    @Test
    public void lookupIgnoresCaseAndTonePlacement() {
        Lexicon shipped = Lexicon.shipped();
        assertTrue(shipped.contains("Khiếu Nại"));
        assertTrue(shipped.contains("hoà giải"));
        assertTrue(shipped.contains("hòa giải"));
        assertTrue(shipped.contains("thuỷ lợi"));
        assertTrue(shipped.contains("uỷ ban"));
    }

    @Test
    public void lookupKeepsTones() {
        assertTrue(Lexicon.shipped().contains("bán lẻ"));
        assertFalse(Lexicon.shipped().contains("bạn hàng hóa"));
        assertFalse(Lexicon.shipped().contains("khieu nai"));
    }

    @Test
    public void foldedLookupFindsWordsTypedWithoutDiacritics() {
        Lexicon shipped = Lexicon.shipped();
        assertTrue(shipped.containsFolded("khieu nai"));
        assertTrue(shipped.containsFolded("dat dai"));
        assertTrue(shipped.containsFolded("Giai Quyet"));
        assertTrue(shipped.containsFolded("khiếu nại"));
    }

    @Test
    public void readsWordsCommentsBlankLinesAndWeights() throws IOException {
        Lexicon lexicon = read("""
                # an operator's words
                đơn thư nặc danh

                hộ kinh doanh   # with a comment
                đất lúa\t2.5
                """);
        assertEquals(3, lexicon.size());
        assertTrue(lexicon.contains("đơn thư nặc danh"));
        assertTrue(lexicon.contains("hộ kinh doanh"));
        assertTrue(lexicon.contains("đất lúa"));
        assertEquals(List.of(Lexicon.Source.OPERATOR), lexicon.sourcesOf("đất lúa"));
    }

    @Test
    public void entriesAreStoredInLowerCaseNfc() throws IOException {
        Lexicon lexicon = read(Normalizer.normalize("Xã Tân Đức\n", Normalizer.Form.NFD));
        assertEquals(List.of("xã tân đức"), lexicon.words());
    }

    @Test
    public void rejectsSingleSyllableWithItsTextAndLine() {
        LexiconFormatException e = rejected("khiếu nại\n# comment\nkhiếu\n");
        assertEquals(3, e.line());
        assertEquals("khiếu", e.entry());
        assertEquals("test.txt", e.source());
        assertTrue(e.getMessage(), e.getMessage().contains("test.txt:3") && e.getMessage().contains("[khiếu]"));
    }

    @Test
    public void rejectsDoubleSpaces() {
        assertEquals("khiếu  nại", rejected("khiếu  nại\n").entry());
    }

    @Test
    public void rejectsPunctuationInsideAWord() {
        LexiconFormatException e = rejected("a\u00A0b c\n");
        assertTrue(e.getMessage(), e.getMessage().contains("U+00A0"));
        assertEquals("khiếu-nại tố", rejected("khiếu-nại tố\n").entry());
        assertEquals("Thừa Thiên, Huế", rejected("Thừa Thiên, Huế\n").entry());
    }

    @Test
    public void rejectsABadWeight() {
        assertEquals("khiếu nại\tnhiều", rejected("khiếu nại\tnhiều\n").entry());
        assertEquals("khiếu nại\t-1", rejected("khiếu nại\t-1\n").entry());
        assertEquals("khiếu nại\tNaN", rejected("khiếu nại\tNaN\n").entry());
    }

    @Test
    public void rejectsOverlongEntries() {
        assertEquals(2, rejected("khiếu nại\na b c d e f g h i\n").line());
    }

    @Test
    public void addRejectsABadWordWithItsText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.builder().add("khiếu", Lexicon.Source.OPERATOR));
        assertTrue(e.getMessage(), e.getMessage().contains("[khiếu]"));
    }

    @Test
    public void mergesSourcesAndKeepsTheHighestWeight() {
        Lexicon lexicon = Lexicon.builder()
                .addAll(Lexicon.shipped())
                .add("khiếu nại", Lexicon.Source.LEARNED, 0.5)
                .addLearned(List.of(new LearnedWord("khiếu nại", 12, 0.8), new LearnedWord("xe thồ", 3, 0.4)))
                .build();
        assertEquals(List.of(Lexicon.Source.SHIPPED, Lexicon.Source.LEARNED), lexicon.sourcesOf("khiếu nại"));
        assertEquals(List.of(Lexicon.Source.LEARNED), lexicon.sourcesOf("xe thồ"));
        assertEquals(Lexicon.shipped().size() + 1, lexicon.size());
    }

    @Test
    public void readsAnOperatorFile() throws IOException {
        Path file = Files.createTempFile("lexicon", ".txt");
        try {
            Files.writeString(file, "cán bộ tiếp dân\n", StandardCharsets.UTF_8);
            Lexicon lexicon = Lexicon.builder().addShipped().read(file).build();
            assertEquals(List.of(Lexicon.Source.OPERATOR), lexicon.sourcesOf("cán bộ tiếp dân"));
            Files.writeString(file, "cán bộ tiếp dân\nsai\n", StandardCharsets.UTF_8);
            LexiconFormatException e = assertThrows(LexiconFormatException.class, () -> Lexicon.builder().read(file));
            assertEquals(file.toString(), e.source());
            assertEquals(2, e.line());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    public void aSiteLexiconBuiltIntoTheJarAddsItsWordsAndAMissingOneNothing() {
        Lexicon authored = Lexicon.builder().addShipped().build();
        Lexicon withSite = Lexicon.builder().addShipped()
                .addResourceIfPresent("test-site-lexicon.txt", Lexicon.Source.OPERATOR)
                .addResourceIfPresent("no-such-lexicon.txt", Lexicon.Source.LEARNED)
                .build();

        assertFalse(authored.contains("mương tiêu úng"));
        assertTrue(withSite.contains("mương tiêu úng"));
        assertEquals(java.util.List.of(Lexicon.Source.OPERATOR), withSite.sourcesOf("xóm chài mới"));
        assertEquals(authored.size() + 2, withSite.size());
    }
}
