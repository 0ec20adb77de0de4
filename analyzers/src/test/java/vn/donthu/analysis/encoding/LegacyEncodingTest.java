package vn.donthu.analysis.encoding;

import org.apache.lucene.tests.util.LuceneTestCase;

/** The tables, on text as it is known to look when a legacy file is opened as windows-1252. */
public class LegacyEncodingTest extends LuceneTestCase {

    public void testTcvn3KnownText() {
        assertEquals("Đơn khiếu nại", LegacyEncoding.TCVN3.decode("§¬n khiÕu n¹i"));
        assertEquals("Cộng hoà xã hội chủ nghĩa Việt Nam", LegacyEncoding.TCVN3.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam"));
        assertEquals("Độc lập - Tự do - Hạnh phúc", LegacyEncoding.TCVN3.decode("§éc lËp - Tù do - H¹nh phóc"));
        assertEquals("Uỷ ban nhân dân", LegacyEncoding.TCVN3.decode("Uû ban nh©n d©n"));
    }

    public void testTcvn3SoftHyphenIsUHorn() {
        assertEquals("người thường", LegacyEncoding.TCVN3.decode("ng\u00ADêi th\u00ADêng"));
    }

    public void testTcvn3WordTypedInCapitalsWithTheCapitalFont() {
        // .VnTimeH draws the small letters' codes as capitals: "KHIÕU" is KHIẾU on screen.
        assertEquals("ĐƠN KHIẾU NẠI", LegacyEncoding.TCVN3.decode("§¥N KHIÕU N¹I"));
        assertEquals("CỘNG HOÀ", LegacyEncoding.TCVN3.decode("CéNG HOµ"));
    }

    public void testTcvn3WordThatCannotTellItsCaseFollowsItsLine() {
        assertEquals("CỘNG HOÀ XÃ HỘI", LegacyEncoding.TCVN3.decode("CéNG HOµ X· HéI"));
        assertEquals("Mỹ Đình", LegacyEncoding.TCVN3.decode("Mü §×nh"));
        assertEquals("ĐỂ NGHỊ\nĐể nghị", LegacyEncoding.TCVN3.decode("§Ó NGHÞ\n§Ó nghÞ"));
    }

    public void testVniKnownText() {
        assertEquals("Đơn khiếu nại", LegacyEncoding.VNI.decode("Ñôn khieáu naïi"));
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam", LegacyEncoding.VNI.decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"));
        assertEquals("Độc lập - Tự do - Hạnh phúc", LegacyEncoding.VNI.decode("Ñoäc laäp - Töï do - Haïnh phuùc"));
        assertEquals("người", LegacyEncoding.VNI.decode("ngöôøi"));
        assertEquals("ỦY BAN NHÂN DÂN", LegacyEncoding.VNI.decode("UÛY BAN NHAÂN DAÂN"));
        assertEquals("ăn ắt ặc tỵ", LegacyEncoding.VNI.decode("aên aét aëc tî"));
    }

    public void testVniLeavesMarksAfterLettersTheyDoNotGoWith() {
        assertEquals("café", LegacyEncoding.VNI.decode("café"));
        assertEquals("Noël", LegacyEncoding.VNI.decode("Noël"));
    }

    public void testVisciiKnownText() {
        assertEquals("Việt Nam", LegacyEncoding.VISCII.decode("Vi®t Nam"));
        assertEquals("Độc lập - Tự do - Hạnh phúc", LegacyEncoding.VISCII.decode("Ðµc l§p - Tñ do - HÕnh phúc"));
    }

    public void testVisciiCapitalsReadAsWindows1252OrAsIso88591() {
        // Byte 93 is Ộ: windows-1252 reads it as “, ISO-8859-1 as the control U+0093.
        assertEquals("HỘI", LegacyEncoding.VISCII.decode("H\u201CI"));
        assertEquals("HỘI", LegacyEncoding.VISCII.decode("H\u0093I"));
        // Byte 14 is Ỷ, among the six capitals VISCII puts at control codes.
        assertEquals("ỶA", LegacyEncoding.VISCII.decode("\u0014A"));
    }

    public void testEverySentenceRoundTripsThroughEachTable() {
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            for (String sentence : Sentences.VIETNAMESE) {
                String legacy = LegacyEncoder.encode(sentence, encoding);
                assertFalse(encoding + ": " + sentence, legacy.equals(sentence));
                assertEquals(encoding + ": " + legacy, LegacyRoundTrip.expected(sentence, encoding), encoding.decode(legacy));
            }
        }
    }

    public void testTcvn3LosesTheCapitalOfAMarkedFirstLetter() {
        assertEquals("ủy ban", LegacyRoundTrip.expected("Ủy ban", LegacyEncoding.TCVN3));
        assertEquals("ỦY BAN", LegacyRoundTrip.expected("ỦY BAN", LegacyEncoding.TCVN3));
        assertEquals("Đơn", LegacyRoundTrip.expected("Đơn", LegacyEncoding.TCVN3));
        assertEquals("ủy ban", LegacyEncoding.TCVN3.decode(LegacyEncoder.encode("Ủy ban", LegacyEncoding.TCVN3)));
    }

    public void testEveryLetterHasACode() {
        String letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            for (char letter : letters.toCharArray()) {
                String legacy = LegacyEncoder.encode(String.valueOf(letter), encoding);
                assertEquals(encoding + " " + letter, String.valueOf(letter), encoding.decode(legacy));
                if (encoding != LegacyEncoding.TCVN3) {
                    char capital = Character.toUpperCase(letter);
                    legacy = LegacyEncoder.encode(String.valueOf(capital), encoding);
                    assertEquals(encoding + " " + capital, String.valueOf(capital), encoding.decode(legacy));
                }
            }
        }
    }

    public void testLeavesUnicodeWordsAlone() {
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            assertEquals("Đơn khiếu nại", encoding.decode("Đơn khiếu nại"));
        }
    }

    public void testEmptyText() {
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            assertEquals("", encoding.decode(""));
        }
    }
}
