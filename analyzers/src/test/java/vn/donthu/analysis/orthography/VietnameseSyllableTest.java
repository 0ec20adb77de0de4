package vn.donthu.analysis.orthography;

import java.util.Optional;
import org.apache.lucene.tests.util.LuceneTestCase;

public class VietnameseSyllableTest extends LuceneTestCase {

    /** Sentences of petition letters and of the administrative documents they answer. */
    private static final String[] SENTENCES = {
        "Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập Tự do Hạnh phúc",
        "Đơn khiếu nại về việc thu hồi đất của Ủy ban nhân dân xã Tân Đức huyện Phú Bình tỉnh Thái Nguyên",
        "Kính gửi ông Chủ tịch Ủy ban nhân dân tỉnh và Thanh tra huyện",
        "Tôi tên là Nguyễn Văn Quýnh sinh năm một nghìn chín trăm sáu mươi hai thường trú tại xóm Giếng",
        "Gia đình tôi sử dụng ổn định thửa đất này từ năm trước khi có quyết định giao đất",
        "Việc bồi thường hỗ trợ tái định cư chưa thỏa đáng gây thiệt hại nghiêm trọng",
        "Đề nghị cơ quan có thẩm quyền xem xét giải quyết dứt điểm để người dân yên tâm",
        "Công trình thủy lợi kênh mương nội đồng bị xuống cấp nước tràn vào ruộng lúa",
        "Hòa giải tranh chấp đất đai tại cơ sở không thành nên chúng tôi khởi kiện",
        "Xin trân trọng cảm ơn quý cơ quan ngoài ra kèm theo bản sao giấy chứng nhận quyền sử dụng",
        "Khuya hôm ấy ông khoác áo đi qua ngõ nhỏ xoay người khuỵu xuống vì khỏe yếu",
        "Huyện ủy chỉ đạo tuyên truyền nguyện vọng chính đáng của quần chúng thuở trước",
        "Khuếch trương hoạch định ngoằn ngoèo loằng ngoằng quặp quýt huých huỳnh uyển chuyển ngoao quều quào",
        "Giữa giường giặt giấy gió giỏi giúp gìn giữ giếng giết gì già giận giàu giòn",
        "Nghề nghiệp nghe nghĩ nghiêng nghìn ghi ghế ghen ghép ghẻ kê kéo kém kịp kiểm kìa",
        "Thuế thuê tuệ huế khuê xuân tuần quân huấn luyện khuân vác bâng khuâng khuây khỏa",
        "Oán oai oằn oe uy uyên uống ương ướt yêu yên yếu ỷ y ý ấy ông ở ủy",
        "Boong xoong soóc cái cân kho thóc chuông mướp rượu hươu bưởi khuỷu tay",
    };

    public void testRealSentencesAreValidSyllables() {
        for (String sentence : SENTENCES) {
            for (String word : sentence.split(" ")) {
                assertTrue(word, VietnameseSyllable.isValid(word));
            }
        }
    }

    public void testAnyCase() {
        assertTrue(VietnameseSyllable.isValid("ĐƠN"));
        assertTrue(VietnameseSyllable.isValid("Nghiêng"));
        assertTrue(VietnameseSyllable.isValid("NGHIÊNG"));
        assertTrue(VietnameseSyllable.isValid("ủY"));
    }

    public void testNgheIsValidNgeaIsNot() {
        assertTrue(VietnameseSyllable.isValid("nghe"));
        assertFalse(VietnameseSyllable.isValid("ngea"));
    }

    public void testOnsetSpelledByTheVowelThatFollows() {
        // k gh ngh before e ê i y iê ia, c g ng before every other vowel.
        for (String valid : new String[] {"kẻ", "kê", "kìa", "kiếm", "ghi", "ghế", "nghĩa", "cá", "gà", "ngủ", "cuốn"}) {
            assertTrue(valid, VietnameseSyllable.isValid(valid));
        }
        for (String invalid : new String[] {"cẻ", "cê", "cìa", "ciếm", "ka", "ko", "ghà", "ge", "gê", "nge", "ngi", "nghà", "ngho"}) {
            assertFalse(invalid, VietnameseSyllable.isValid(invalid));
        }
    }

    public void testStopCodaOnlyWithSacOrNang() {
        for (String valid : new String[] {"các", "học", "đẹp", "tết", "sách", "lịch", "quýt", "việc"}) {
            assertTrue(valid, VietnameseSyllable.isValid(valid));
        }
        for (String invalid : new String[] {"cac", "càc", "hỏc", "đẽp", "tet", "sach", "lìch", "quyt", "viêc"}) {
            assertFalse(invalid, VietnameseSyllable.isValid(invalid));
        }
    }

    public void testShortVowelsAndDiphthongsNeedACodaOrNone() {
        for (String invalid : new String[] {"bă", "tâ", "tiê", "muô", "ngươ", "mian", "muan", "mưat"}) {
            assertFalse(invalid, VietnameseSyllable.isValid(invalid));
        }
    }

    public void testIeWrittenYeWithoutOnsetOrAfterMedialU() {
        assertTrue(VietnameseSyllable.isValid("yêu"));
        assertFalse(VietnameseSyllable.isValid("iêu"));
        assertTrue(VietnameseSyllable.isValid("tiền"));
        assertFalse(VietnameseSyllable.isValid("tyền"));
        assertTrue(VietnameseSyllable.isValid("chuyện"));
        assertFalse(VietnameseSyllable.isValid("chuiện"));
        assertTrue(VietnameseSyllable.isValid("quyết"));
        assertFalse(VietnameseSyllable.isValid("quiết"));
    }

    public void testNoMedialAfterCKGhNghGi() {
        for (String invalid : new String[] {"coa", "kuy", "ghoa", "nghuy", "gioa"}) {
            assertFalse(invalid, VietnameseSyllable.isValid(invalid));
        }
        assertTrue(VietnameseSyllable.isValid("goá"));
        assertTrue(VietnameseSyllable.isValid("ngoài"));
        assertTrue(VietnameseSyllable.isValid("nguyễn"));
    }

    public void testQuNeedsAVowelAndQNeedsU() {
        assertFalse(VietnameseSyllable.isValid("qu"));
        assertFalse(VietnameseSyllable.isValid("qa"));
        assertFalse(VietnameseSyllable.isValid("quu"));
        assertTrue(VietnameseSyllable.isValid("quốc"));
        assertFalse(VietnameseSyllable.isValid("quôn"));
    }

    public void testNotVietnameseLetters() {
        for (String invalid : new String[] {"", "f", "jam", "web", "zê", "a1", "UBND", "QĐ", "x-a", "hòa.", "ñoäc", "café", "naïve"}) {
            assertFalse(invalid, VietnameseSyllable.isValid(invalid));
        }
    }

    public void testLettersThatOnlyLowerCaseToVietnameseOnes() {
        assertFalse(VietnameseSyllable.isValid("K\u0130"));
        assertFalse(VietnameseSyllable.isValid("\u212Ai"));
        assertTrue(VietnameseSyllable.isValid("KI"));
    }

    public void testOneToneMarkAtMost() {
        assertFalse(VietnameseSyllable.isValid("hóà"));
        assertFalse(VietnameseSyllable.isValid("ngừới"));
    }

    public void testTooLong() {
        assertFalse(VietnameseSyllable.isValid("nghiêngg"));
        assertFalse(VietnameseSyllable.isValid("nghiêngnghiêng"));
    }

    public void testBothPlacementStylesAreValidOtherPlacementsAreNot() {
        for (String valid : new String[] {"hòa", "hoà", "khỏe", "khoẻ", "thủy", "thuỷ", "Úy", "uý"}) {
            assertTrue(valid, VietnameseSyllable.isValid(valid));
        }
        for (String misplaced : new String[] {"hòang", "thùyên", "muà", "gìa", "qúa", "maì", "tíên", "thủơ", "húê"}) {
            assertFalse(misplaced, VietnameseSyllable.isValid(misplaced));
            assertTrue(misplaced, VietnameseSyllable.parse(misplaced).isPresent());
        }
    }

    public void testParts() {
        assertParts("Nghiêng", "ngh", "", "iê", "ng", Tone.NGANG);
        assertParts("thủy", "th", "u", "y", "", Tone.HOI);
        assertParts("hoàng", "h", "o", "a", "ng", Tone.HUYEN);
        assertParts("quyết", "qu", "", "yê", "t", Tone.SAC);
        assertParts("khuỷu", "kh", "u", "y", "u", Tone.HOI);
        assertParts("người", "ng", "", "ươ", "i", Tone.HUYEN);
        assertParts("ủy", "", "u", "y", "", Tone.HOI);
        assertParts("yêu", "", "", "yê", "u", Tone.NGANG);
        assertParts("khuya", "kh", "u", "ya", "", Tone.NGANG);
        assertParts("thuở", "th", "u", "ơ", "", Tone.HOI);
    }

    public void testGiBeforeAConsonantIsAlsoTheVowelI() {
        assertParts("gì", "gi", "", "i", "", Tone.HUYEN);
        assertParts("gìn", "gi", "", "i", "n", Tone.HUYEN);
    }

    public void testGiBeforeEIsAlsoTheIOfTheDiphthong() {
        assertParts("giếng", "gi", "", "ê", "ng", Tone.SAC);
        assertFalse(VietnameseSyllable.isValid("giiếng"));
        assertParts("già", "gi", "", "a", "", Tone.HUYEN);
    }

    public void testToneMarkIndex() {
        assertEquals(1, VietnameseSyllable.parse("hòa").orElseThrow().toneMarkIndex());
        assertEquals(2, VietnameseSyllable.parse("hoà").orElseThrow().toneMarkIndex());
        assertEquals(-1, VietnameseSyllable.parse("hoa").orElseThrow().toneMarkIndex());
    }

    private static void assertParts(String text, String onset, String medial, String nucleus, String coda, Tone tone) {
        Optional<VietnameseSyllable> parsed = VietnameseSyllable.parse(text);
        assertTrue(text, parsed.isPresent());
        VietnameseSyllable syllable = parsed.get();
        assertEquals(text, onset, syllable.onset());
        assertEquals(text, medial, syllable.medial());
        assertEquals(text, nucleus, syllable.nucleus());
        assertEquals(text, coda, syllable.coda());
        assertEquals(text, tone, syllable.tone());
        assertTrue(text, VietnameseSyllable.isValid(text));
    }
}
