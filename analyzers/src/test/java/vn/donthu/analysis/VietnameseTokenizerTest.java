package vn.donthu.analysis;

import static vn.donthu.analysis.VietnameseTokenizer.ALPHANUM;
import static vn.donthu.analysis.VietnameseTokenizer.DATE;
import static vn.donthu.analysis.VietnameseTokenizer.DOCUMENT_NUMBER;
import static vn.donthu.analysis.VietnameseTokenizer.EMAIL;
import static vn.donthu.analysis.VietnameseTokenizer.ID_NUMBER;
import static vn.donthu.analysis.VietnameseTokenizer.NUMBER;
import static vn.donthu.analysis.VietnameseTokenizer.PHONE;
import static vn.donthu.analysis.VietnameseTokenizer.SYLLABLE;
import static vn.donthu.analysis.VietnameseTokenizer.URL;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class VietnameseTokenizerTest extends BaseTokenStreamTestCase {

    private Analyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new VietnameseTokenizer());
            }
        };
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    public void testEmptyInput() throws IOException {
        assertAnalyzesTo(analyzer, "", new String[0]);
    }

    public void testOnlySeparators() throws IOException {
        assertAnalyzesTo(analyzer, " ,.;:-/\n\t()“”…—+ \u0301", new String[0]);
    }

    public void testPetition() throws IOException {
        assertAnalyzesTo(analyzer,
                "Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/01/2021 của UBND huyện Phú Bình, thửa đất số 215, "
                        + "tờ bản đồ số 12; CCCD 038051007264, điện thoại 0387 915 602, email: lehoa@gmail.com",
                new String[] {"Căn", "cứ", "Quyết", "định", "số", "1234/QĐ-UBND", "ngày", "15/01/2021", "của", "UBND",
                    "huyện", "Phú", "Bình", "thửa", "đất", "số", "215", "tờ", "bản", "đồ", "số", "12", "CCCD",
                    "038051007264", "điện", "thoại", "0387915602", "email", "lehoa@gmail.com"},
                new int[] {0, 4, 7, 13, 18, 21, 34, 39, 50, 54, 59, 65, 69, 75, 80, 84, 87, 92, 95, 99, 102, 105, 109,
                    114, 128, 133, 139, 153, 160},
                new int[] {3, 6, 12, 17, 20, 33, 38, 49, 53, 58, 64, 68, 73, 79, 83, 86, 90, 94, 98, 101, 104, 107, 113,
                    126, 132, 138, 151, 158, 175},
                new String[] {SYLLABLE, SYLLABLE, SYLLABLE, SYLLABLE, SYLLABLE, DOCUMENT_NUMBER, SYLLABLE, DATE,
                    SYLLABLE, SYLLABLE, SYLLABLE, SYLLABLE, SYLLABLE, SYLLABLE, SYLLABLE, SYLLABLE, NUMBER, SYLLABLE,
                    SYLLABLE, SYLLABLE, SYLLABLE, NUMBER, SYLLABLE, ID_NUMBER, SYLLABLE, SYLLABLE, PHONE, SYLLABLE,
                    EMAIL},
                new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    }

    // Syllables

    public void testSyllablesKeepTheirCase() throws IOException {
        assertTokens("Đơn KHIẾU NẠI của bà Nguyễn Thị Hòa",
                syllable("Đơn"), syllable("KHIẾU"), syllable("NẠI"), syllable("của"), syllable("bà"),
                syllable("Nguyễn"), syllable("Thị"), syllable("Hòa"));
    }

    public void testDecomposedSyllablesKeepTheirMarks() throws IOException {
        String text = Normalizer.normalize("Khiếu nại đất đai", Normalizer.Form.NFD);
        assertAnalyzesTo(analyzer, text,
                new String[] {text.substring(0, 7), text.substring(8, 12), text.substring(13, 18), text.substring(19, 22)},
                new int[] {0, 8, 13, 19},
                new int[] {7, 12, 18, 22},
                new String[] {SYLLABLE, SYLLABLE, SYLLABLE, SYLLABLE},
                new int[] {1, 1, 1, 1});
    }

    public void testCombiningMarkWithoutLetterIsDropped() throws IOException {
        assertTokens("\u0301 nại \u0323", syllable("nại"));
    }

    public void testPunctuationAndSymbolsSeparate() throws IOException {
        assertTokens("Đơn—khiếu…nại!!! (bản sao) “trích lục” 100% ☺ TP.HCM",
                syllable("Đơn"), syllable("khiếu"), syllable("nại"), syllable("bản"), syllable("sao"),
                syllable("trích"), syllable("lục"), number("100"), syllable("TP"), syllable("HCM"));
    }

    public void testHyphenSeparates() throws IOException {
        assertTokens("Covid-19 e-mail", syllable("Covid"), number("19"), syllable("e"), syllable("mail"));
    }

    public void testLettersWithDigitsAreOneToken() throws IOException {
        assertTokens("Luật QH14, bệnh nhân F0, cúm H5N1",
                syllable("Luật"), alphanum("QH14"), syllable("bệnh"), syllable("nhân"), alphanum("F0"),
                syllable("cúm"), alphanum("H5N1"));
    }

    public void testHanIdeographIsOneSyllable() throws IOException {
        assertTokens("chữ 漢字 và 𠀧x", syllable("chữ"), syllable("漢"), syllable("字"), syllable("và"),
                syllable("𠀧"), syllable("x"));
    }

    public void testOtherScriptsAreRunsOfLetters() throws IOException {
        assertTokens("한국어 Ελληνικά русский", syllable("한국어"), syllable("Ελληνικά"), syllable("русский"));
    }

    public void testLongRunIsCut() throws IOException {
        String run = "a".repeat(600);
        assertTokens(run, syllable("a".repeat(255)), syllable("a".repeat(255)), syllable("a".repeat(90)));
    }

    public void testLongRunIsNotCutBeforeAMark() throws IOException {
        String run = "a".repeat(254) + "e\u0302\u0301" + "b".repeat(10);
        assertTokens(run, syllable("a".repeat(254)), syllable("e\u0302\u0301" + "b".repeat(10)));
    }

    public void testLongRunOfOneLetterAndMarksIsCutAmongTheMarks() throws IOException {
        // 𐌰, Gothic, is a letter outside the BMP; the marks past the cut have no letter and are dropped.
        assertTokens("𐌰" + "\u0301".repeat(300) + " b", syllable("𐌰" + "\u0301".repeat(253)), syllable("b"));
        assertTokens("a" + "\u0301".repeat(300) + " b", syllable("a" + "\u0301".repeat(254)), syllable("b"));
    }

    public void testLongRunIsNotCutInsideASurrogatePair() throws IOException {
        String run = "a".repeat(254) + "𐌰𐌰";
        assertTokens(run, syllable("a".repeat(254)), syllable("𐌰𐌰"));
    }

    public void testIdeographKeepsItsMarks() throws IOException {
        assertTokens("𠀧\uFE00 漢\u0301", syllable("𠀧\uFE00"), syllable("漢\u0301"));
    }

    // Document numbers

    public void testDocumentNumbers() throws IOException {
        assertTokens("Thông tư 05/2021/TT-TTCP, Nghị định 124/2020/NĐ-CP; Luật 15/2019/QH14. Giấy 512/GĐYK",
                syllable("Thông"), syllable("tư"), docNumber("05/2021/TT-TTCP"), syllable("Nghị"), syllable("định"),
                docNumber("124/2020/NĐ-CP"), syllable("Luật"), docNumber("15/2019/QH14"), syllable("Giấy"),
                docNumber("512/GĐYK"));
    }

    public void testDocumentNumberAfterColon() throws IOException {
        assertTokens("Số: 45/TB-UBND", syllable("Số"), docNumber("45/TB-UBND"));
    }

    public void testDocumentNumberWithAmpersand() throws IOException {
        assertTokens("Công văn 87/SNN&PTNT-KL.", syllable("Công"), syllable("văn"), docNumber("87/SNN&PTNT-KL"));
    }

    public void testDocumentNumberTypedInLowerCase() throws IOException {
        assertTokens("1234/qđ-ubnd 01/2021/nq-hđnd", docNumber("1234/qđ-ubnd"), docNumber("01/2021/nq-hđnd"));
    }

    public void testLowerCaseWordAfterNumberIsNoDocumentNumber() throws IOException {
        assertTokens("50/người 512/gđyk", number("50"), syllable("người"), number("512"), syllable("gđyk"));
    }

    public void testDocumentNumberEndsBeforeTrailingHyphen() throws IOException {
        assertTokens("1234/QĐ-UBND- ngày", docNumber("1234/QĐ-UBND"), syllable("ngày"));
    }

    // Dates

    public void testDatesHaveOneSpelling() throws IOException {
        assertTokens("12/3/2021 12-03-2021 12.3.2021 2021-03-12",
                date("12/3/2021", "12/03/2021"), date("12-03-2021", "12/03/2021"), date("12.3.2021", "12/03/2021"),
                date("2021-03-12", "12/03/2021"));
    }

    public void testDateAtEndOfSentence() throws IOException {
        assertTokens("ngày 15/01/2021.", syllable("ngày"), date("15/01/2021", "15/01/2021"));
    }

    public void testMonthOfYear() throws IOException {
        assertTokens("tháng 3/2021", syllable("tháng"), date("3/2021", "03/2021"));
    }

    public void testImpossibleDatesAreNumbers() throws IOException {
        assertTokens("32/1/2021 12/13/2021 tháng 13/2021 3/1850",
                number("32"), number("1"), number("2021"), number("12"), number("13"), number("2021"),
                syllable("tháng"), number("13"), number("2021"), number("3"), number("1850"));
    }

    public void testDayAndMonthWithoutYearAreNumbers() throws IOException {
        assertTokens("ngày 12/3", syllable("ngày"), number("12"), number("3"));
    }

    // Numbers, land parcels, map sheets

    public void testNumbers() throws IOException {
        assertTokens("1.500.000 đồng, 2,5 ha, Điều 5.2, năm 2021.",
                number("1.500.000"), syllable("đồng"), number("2,5"), syllable("ha"), syllable("Điều"),
                number("5.2"), syllable("năm"), number("2021"));
    }

    public void testListOfNumbersIsCutAtCommas() throws IOException {
        assertTokens("thửa 12,13,14 và 1,500,000",
                syllable("thửa"), number("12"), number("13"), number("14"), syllable("và"),
                number("1"), number("500"), number("000"));
    }

    public void testParcelAndMapSheetNumbers() throws IOException {
        assertTokens("thửa đất số 215, tờ bản đồ số 12; thửa 215a, thửa 215-1",
                syllable("thửa"), syllable("đất"), syllable("số"), number("215"), syllable("tờ"), syllable("bản"),
                syllable("đồ"), syllable("số"), number("12"), syllable("thửa"), alphanum("215a"), syllable("thửa"),
                number("215"), number("1"));
    }

    public void testIdNumbers() throws IOException {
        assertTokens("CCCD số 038051007264, CMND 123456789",
                syllable("CCCD"), syllable("số"), token("038051007264", "038051007264", ID_NUMBER),
                syllable("CMND"), token("123456789", "123456789", ID_NUMBER));
    }

    public void testIdNumberWrittenInGroupsIsNumbers() throws IOException {
        assertTokens("038 051 007 264", number("038"), number("051"), number("007"), number("264"));
    }

    // Phone numbers

    public void testPhoneNumberSpellingsHaveOneTerm() throws IOException {
        assertTokens("0387915602, 0387 915 602, 0387.915.602, 0387-915-602, 038 791 5602, 0387\u00A0915\u00A0602",
                phone("0387915602", "0387915602"), phone("0387 915 602", "0387915602"),
                phone("0387.915.602", "0387915602"), phone("0387-915-602", "0387915602"),
                phone("038 791 5602", "0387915602"), phone("0387\u00A0915\u00A0602", "0387915602"));
    }

    public void testInternationalPhoneNumbers() throws IOException {
        assertTokens("+84 904 317 652 +84904317652 +84.904.317.652 +84 0904 317 652",
                phone("+84 904 317 652", "0904317652"), phone("+84904317652", "0904317652"),
                phone("+84.904.317.652", "0904317652"), phone("+84 0904 317 652", "0904317652"));
    }

    public void testLandlineAndOldMobileNumbers() throws IOException {
        assertTokens("024 3825 1234, 01234 567 890", phone("024 3825 1234", "02438251234"),
                phone("01234 567 890", "01234567890"));
    }

    public void testPhoneNumberTakesNoFollowingNumber() throws IOException {
        assertTokens("gọi 0387 915 602 5 lần, 024 3825 1234 0904 317 652",
                syllable("gọi"), phone("0387 915 602", "0387915602"), number("5"), syllable("lần"),
                phone("024 3825 1234", "02438251234"), phone("0904 317 652", "0904317652"));
    }

    public void testGroupsThatMakeNoPhoneNumberAreNumbers() throws IOException {
        assertTokens("0387 915 60 +84 12 345 1.500.000",
                number("0387"), number("915"), number("60"), number("84"), number("12"), number("345"),
                number("1.500.000"));
    }

    // E-mail addresses and URLs

    public void testEmails() throws IOException {
        assertTokens("Email: le.hoa_89@yahoo.com.vn, ubnd-phubinh@thainguyen.gov.vn.",
                syllable("Email"), email("le.hoa_89@yahoo.com.vn"), email("ubnd-phubinh@thainguyen.gov.vn"));
    }

    public void testNotEmails() throws IOException {
        assertTokens("Hòa@gmail.com a@b x@y.1",
                syllable("Hòa"), syllable("gmail"), syllable("com"), syllable("a"), syllable("b"), syllable("x"),
                syllable("y"), number("1"));
    }

    public void testUrls() throws IOException {
        assertTokens("Xem https://thanhtra.gov.vn/van-ban?id=5. Hoặc (www.moj.gov.vn), http://",
                syllable("Xem"), url("https://thanhtra.gov.vn/van-ban?id=5"), syllable("Hoặc"),
                url("www.moj.gov.vn"), syllable("http"));
    }

    // Offsets and buffering

    public void testOffsetsThroughNormalizationCharFilter() throws IOException {
        String text = Normalizer.normalize("Ông Hòa, ĐT 0387 915 602, khiếu nại QĐ 45/QĐ-UBND", Normalizer.Form.NFD);
        Analyzer normalizing = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new VietnameseTokenizer());
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new VietnameseNormalizationCharFilter(reader);
            }
        };
        assertAnalyzesTo(normalizing, text,
                new String[] {"Ông", "Hòa", "ĐT", "0387915602", "khiếu", "nại", "QĐ", "45/QĐ-UBND"},
                new int[] {0, 5, 11, 14, 28, 36, 41, 44},
                new int[] {4, 9, 13, 26, 35, 40, 43, 54});
        normalizing.close();
    }

    public void testTokensAcrossBufferBoundaries() throws IOException {
        String tail = "1234/QĐ-UBND 0387 915 602 lehoa@gmail.com 15/01/2021 khiếu";
        Token[] tailTokens = {
            docNumber("1234/QĐ-UBND"), phone("0387 915 602", "0387915602"), email("lehoa@gmail.com"),
            date("15/01/2021", "15/01/2021"), syllable("khiếu"),
        };
        int[] around = {VietnameseTokenScanner.WINDOW, 3 * VietnameseTokenScanner.WINDOW, 4 * VietnameseTokenScanner.WINDOW,
            8 * VietnameseTokenScanner.WINDOW};
        for (int boundary : around) {
            for (int length = boundary - tail.length() - 4; length <= boundary + 4; length++) {
                String filler = "đơn ".repeat(length / 4) + " ".repeat(length % 4);
                List<Token> expected = new ArrayList<>();
                for (int i = 0; i < length / 4; i++) {
                    expected.add(syllable("đơn"));
                }
                expected.addAll(List.of(tailTokens));
                String text = filler + tail;
                Token[] tokens = expected.toArray(new Token[0]);
                assertTokens(text, tokens);
                assertTokens(new OneCharAtATimeReader(text), text, tokens);
            }
        }
    }

    public void testReaderGivingOneCharAtATimeGivesTheSameTokens() throws IOException {
        Random random = random();
        for (int i = 0; i < 50; i++) {
            String text = RandomAdministrativeText.next(random, 2000);
            assertEquals(tokens(new StringReader(text)), tokens(new OneCharAtATimeReader(text)));
        }
    }

    public void testTokenizerIsReusedAfterClose() throws IOException {
        Tokenizer tokenizer = new VietnameseTokenizer();
        tokenizer.setReader(new StringReader("Đơn khiếu nại 0387 915 602"));
        assertTokenStreamContents(tokenizer, new String[] {"Đơn", "khiếu", "nại", "0387915602"}, null, null, 26);
        tokenizer.setReader(new StringReader("số 45/TB-UBND"));
        assertTokenStreamContents(tokenizer, new String[] {"số", "45/TB-UBND"}, null, null, 13);
    }

    // Random text

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomLongStrings() throws IOException {
        checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 8192);
    }

    public void testRandomVietnameseText() throws IOException {
        int iterations = atLeast(200);
        for (int i = 0; i < iterations; i++) {
            checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), RandomVietnameseText.next(random(), 60));
        }
    }

    public void testRandomAdministrativeText() throws IOException {
        int iterations = atLeast(100);
        for (int i = 0; i < iterations; i++) {
            String text = RandomAdministrativeText.next(random(), random().nextBoolean() ? 40 : 2000);
            checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text);
        }
    }

    // Helpers

    private record Token(String written, String term, String type) {
    }

    private static Token token(String written, String term, String type) {
        return new Token(written, term, type);
    }

    private static Token syllable(String written) {
        return new Token(written, written, SYLLABLE);
    }

    private static Token alphanum(String written) {
        return new Token(written, written, ALPHANUM);
    }

    private static Token number(String written) {
        return new Token(written, written, NUMBER);
    }

    private static Token docNumber(String written) {
        return new Token(written, written, DOCUMENT_NUMBER);
    }

    private static Token date(String written, String term) {
        return new Token(written, term, DATE);
    }

    private static Token phone(String written, String term) {
        return new Token(written, term, PHONE);
    }

    private static Token email(String written) {
        return new Token(written, written, EMAIL);
    }

    private static Token url(String written) {
        return new Token(written, written, URL);
    }

    /** Offsets are where each token's written form comes next in the text. */
    private void assertTokens(String text, Token... expected) throws IOException {
        Expected e = expect(text, expected);
        assertAnalyzesTo(analyzer, text, e.terms, e.starts, e.ends, e.types, e.increments);
    }

    private void assertTokens(Reader reader, String text, Token... expected) throws IOException {
        Expected e = expect(text, expected);
        Tokenizer tokenizer = new VietnameseTokenizer();
        tokenizer.setReader(reader);
        assertTokenStreamContents(tokenizer, e.terms, e.starts, e.ends, e.types, e.increments, text.length());
    }

    private record Expected(String[] terms, int[] starts, int[] ends, String[] types, int[] increments) {
    }

    private static Expected expect(String text, Token... expected) {
        Expected e = new Expected(new String[expected.length], new int[expected.length], new int[expected.length],
                new String[expected.length], new int[expected.length]);
        int from = 0;
        for (int i = 0; i < expected.length; i++) {
            int start = text.indexOf(expected[i].written, from);
            assertTrue("'" + expected[i].written + "' is not in the text after " + from, start >= 0);
            e.terms[i] = expected[i].term;
            e.starts[i] = start;
            e.ends[i] = start + expected[i].written.length();
            e.types[i] = expected[i].type;
            e.increments[i] = 1;
            from = e.ends[i];
        }
        return e;
    }

    private static List<String> tokens(Reader reader) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (Tokenizer tokenizer = new VietnameseTokenizer()) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
            tokenizer.setReader(reader);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " " + type.type());
            }
            tokenizer.end();
            tokens.add("end " + offset.endOffset());
        }
        return tokens;
    }

    /** The slowest reader there is: each read gives one char. */
    private static final class OneCharAtATimeReader extends Reader {

        private final String text;
        private int next;

        OneCharAtATimeReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (next == text.length()) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            buffer[offset] = text.charAt(next++);
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
