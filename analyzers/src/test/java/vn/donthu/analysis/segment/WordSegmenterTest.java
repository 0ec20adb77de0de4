package vn.donthu.analysis.segment;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import vn.donthu.analysis.VietnameseFolder;
import org.junit.Test;

public class WordSegmenterTest {

    private final WordSegmenter segmenter = new WordSegmenter(Lexicon.shipped());

    private String segment(String text) {
        return segmenter.segmentToString(Arrays.asList(text.split(" ")));
    }

    @Test
    public void petitionSentence() {
        assertEquals("Tôi khiếu_nại quyết_định thu_hồi đất của ủy_ban nhân_dân huyện",
                segment("Tôi khiếu nại quyết định thu hồi đất của ủy ban nhân dân huyện"));
    }

    @Test
    public void landCertificate() {
        assertEquals("cấp giấy_chứng_nhận quyền sử_dụng đất cho hộ ông Nguyễn_Văn_Thắng",
                segment("cấp giấy chứng nhận quyền sử dụng đất cho hộ ông Nguyễn Văn Thắng"));
    }

    @Test
    public void newsSentence() {
        assertEquals("Thanh_tra tỉnh đã kết_luận nội_dung tố_cáo là đúng một phần",
                segment("Thanh tra tỉnh đã kết luận nội dung tố cáo là đúng một phần"));
    }

    @Test
    public void functionWordCompounds() {
        assertEquals("tuy_nhiên bởi_vì chưa được bồi_thường nhưng_mà",
                segment("tuy nhiên bởi vì chưa được bồi thường nhưng mà"));
    }

    @Test
    public void capitalizedSyllablesInARowAreOneName() {
        assertEquals("bà Trần_Thị_Kim_Oanh trú tại Thái_Nguyên", segment("bà Trần Thị Kim Oanh trú tại Thái Nguyên"));
    }

    @Test
    public void aSurnameAndVanOrThiStartANameTypedInLowerCase() {
        assertEquals("đơn của ông nguyễn_văn_linh gửi bà Hồ_thị_Hoa", segment("đơn của ông nguyễn văn linh gửi bà Hồ thị Hoa"));
        // Unless "văn" or "thị" starts a word with what follows.
        assertEquals("lương thị_trường tăng", segment("lương thị trường tăng"));
        assertEquals("đoàn văn_bản đến", segment("đoàn văn bản đến"));
    }

    @Test
    public void aSentenceInitialTitleIsNotPartOfTheName() {
        assertEquals("Ông Nguyễn_Văn_Thắng khiếu_nại", segment("Ông Nguyễn Văn Thắng khiếu nại"));
        assertEquals("Chị Hoa khiếu_nại", segment("Chị Hoa khiếu nại"));
        assertEquals("Theo Bộ Tài_chính", segment("Theo Bộ Tài chính"));
        assertEquals("hội Người Việt ở Lào", segment("hội Người Việt ở Lào"));
    }

    @Test
    public void aSentenceMayStartWithANameOrAPlace() {
        assertEquals("Nguyễn_Văn_Thắng khiếu_nại", segment("Nguyễn Văn Thắng khiếu nại"));
        assertEquals("Nguyen_Van_Thang khieu_nai", segment("Nguyen Van Thang khieu nai"));
        assertEquals("Hà_Nội có mưa", segment("Hà Nội có mưa"));
    }

    @Test
    public void theNounOfAnOrganizationIsNotPartOfItsName() {
        assertEquals("Sở Tài_nguyên và Môi_trường tỉnh", segment("Sở Tài nguyên và Môi trường tỉnh"));
    }

    @Test
    public void aWordCapitalizedAtTheStartOfASentenceIsNotPartOfTheNameAfterIt() {
        List<String> run = Arrays.asList("Đơn Hùng gửi lên huyện".split(" "));
        assertEquals("Đơn_Hùng gửi lên huyện", segmenter.segmentToString(run));
        assertArrayEquals(new int[] {1, 1, 1, 1, 1}, segmenter.segment(run, true));
        assertArrayEquals(new int[] {3, 1}, segmenter.segment(Arrays.asList("Nguyễn Văn Hùng gửi".split(" ")), true));
        assertArrayEquals(new int[] {2, 1, 1}, segmenter.segment(Arrays.asList("Hà Nội có mưa".split(" ")), true));
    }

    @Test
    public void acronymsStandAlone() {
        assertEquals("UBND huyện Sóc_Sơn", segment("UBND huyện Sóc Sơn"));
        assertEquals("ĐƠN KHIẾU_NẠI", segment("ĐƠN KHIẾU NẠI"));
    }

    @Test
    public void numbersStandAlone() {
        assertEquals("ngày 15 tháng 3 năm 2024 , quyết_định số 123/QĐ-UBND",
                segment("ngày 15 tháng 3 năm 2024 , quyết định số 123/QĐ-UBND"));
    }

    @Test
    public void textTypedWithoutDiacriticsUsesTheFoldedIndex() {
        assertEquals("don khieu_nai ve dat_dai", segment("don khieu nai ve dat dai"));
        assertEquals("Ong Nguyen_Van_A khieu_nai", segment("Ong Nguyen Van A khieu nai"));
    }

    @Test
    public void oldAndNewTonePlacementsAreBothFound() {
        assertEquals("hoà_giải thuỷ_lợi", segment("hoà giải thuỷ lợi"));
    }

    @Test
    public void syllablesOutsideTheLexiconStandAlone() {
        assertEquals("xyz abc", segment("xyz abc"));
    }

    @Test
    public void weightsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new WordSegmenter.Weights(0, 0.6, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new WordSegmenter.Weights(1, -1, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new WordSegmenter.Weights(1, 0.6, Double.NaN));
    }

    @Test
    public void emptyRun() {
        assertArrayEquals(new int[0], segmenter.segment(List.of()));
    }

    @Test
    public void lengthsAddUpToTheRun() {
        List<String> run = Arrays.asList("Tôi khiếu nại quyết định thu hồi đất".split(" "));
        assertArrayEquals(new int[] {1, 2, 2, 2, 1}, segmenter.segment(run));
    }

    @Test
    public void learnedWordsAreUsed() {
        Lexicon lexicon = Lexicon.builder().addAll(Lexicon.shipped())
                .addLearned(List.of(new LearnedWord("xe thồ", 10, 0.9))).build();
        assertEquals("đẩy xe_thồ", new WordSegmenter(lexicon).segmentToString(List.of("đẩy", "xe", "thồ")));
    }

    @Test
    public void aListedWordWinsOverALearnedOneItOverlaps() {
        Lexicon lexicon = Lexicon.builder().addAll(Lexicon.shipped())
                .addLearned(List.of(new LearnedWord("ban nhân", 10, 0.9))).build();
        assertEquals("ủy_ban nhân_dân", new WordSegmenter(lexicon).segmentToString(List.of("ủy", "ban", "nhân", "dân")));
    }

    @Test
    public void aSessionSegmentsAsTheListMethod() {
        // Runs of lexicon words, names, folded words, acronyms and numbers, in a text that holds
        // other chars; one session sees them all, so most syllables come from what it remembers.
        Lexicon lexicon = Lexicon.shipped();
        List<String> words = lexicon.words();
        List<String> others = List.of("Nguyễn", "Văn", "Thắng", "Ông", "Hà", "Nội", "UBND", "HĐND", "ĐƠN", "KHIẾU",
                "NẠI", "12", "2.500", "QH14", "Đơn", "Tại", "và", "của");
        WordSegmenter.Session session = segmenter.newSession();
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            List<String> run = new ArrayList<>();
            boolean folded = random.nextInt(4) == 0;
            int count = 1 + random.nextInt(12);
            for (int k = 0; k < count; k++) {
                String word = random.nextInt(4) == 0 ? others.get(random.nextInt(others.size())) : words.get(random.nextInt(words.size()));
                for (String syllable : word.split(" ")) {
                    run.add(folded ? VietnameseFolder.fold(syllable) : syllable);
                }
            }
            boolean startsSentence = random.nextBoolean();
            StringBuilder text = new StringBuilder("…");
            int[] starts = new int[run.size()];
            int[] ends = new int[run.size()];
            for (int i = 0; i < run.size(); i++) {
                text.append(' ');
                starts[i] = text.length();
                text.append(run.get(i));
                ends[i] = text.length();
            }
            int[] lengths = new int[run.size()];
            int found = session.segment(text.toString().toCharArray(), starts, ends, run.size(), startsSentence, lengths);
            assertArrayEquals(run.toString(), segmenter.segment(run, startsSentence), Arrays.copyOf(lengths, found));
        }
    }
}
