package vn.donthu.analysis.orthography;

import org.apache.lucene.tests.util.LuceneTestCase;

public class ToneMarkPlacementTest extends LuceneTestCase {

    public void testOaOeUyWithoutCodaTakeTheMarkOnTheFirstVowel() {
        assertEquals("hòa", ToneMarkPlacement.canonical("hoà"));
        assertEquals("khỏe", ToneMarkPlacement.canonical("khoẻ"));
        assertEquals("thủy", ToneMarkPlacement.canonical("thuỷ"));
        assertEquals("lũy", ToneMarkPlacement.canonical("luỹ"));
        assertEquals("ủy", ToneMarkPlacement.canonical("uỷ"));
        assertEquals("xóa", ToneMarkPlacement.canonical("xoá"));
    }

    public void testTraditionalSpellingStaysAsItIs() {
        for (String word : new String[] {"hòa", "khỏe", "thủy", "Ủy", "tóe"}) {
            assertEquals(word, ToneMarkPlacement.canonical(word));
        }
    }

    public void testModernStyle() {
        assertEquals("hoà", ToneMarkPlacement.place("hòa", ToneMarkPlacement.Style.MODERN));
        assertEquals("khoẻ", ToneMarkPlacement.place("khỏe", ToneMarkPlacement.Style.MODERN));
        assertEquals("thuỷ", ToneMarkPlacement.place("thủy", ToneMarkPlacement.Style.MODERN));
        assertEquals("hoàng", ToneMarkPlacement.place("hoàng", ToneMarkPlacement.Style.MODERN));
    }

    public void testWithACodaBothStylesMarkTheMainVowel() {
        for (ToneMarkPlacement.Style style : ToneMarkPlacement.Style.values()) {
            assertEquals("hoàng", ToneMarkPlacement.place("hòang", style));
            assertEquals("thuyền", ToneMarkPlacement.place("thuyền", style));
            assertEquals("ngoài", ToneMarkPlacement.place("ngoài", style));
            assertEquals("khuỷu", ToneMarkPlacement.place("khủyu", style));
            assertEquals("hoặc", ToneMarkPlacement.place("hoặc", style));
            assertEquals("xoáy", ToneMarkPlacement.place("xóay", style));
        }
    }

    public void testUeAndUoMarkTheirSecondVowelInBothStyles() {
        assertEquals("thuế", ToneMarkPlacement.canonical("thúê"));
        assertEquals("thuở", ToneMarkPlacement.canonical("thủơ"));
        assertEquals("thuế", ToneMarkPlacement.place("thuế", ToneMarkPlacement.Style.MODERN));
    }

    public void testQuAndGiKeepTheMarkOffTheirVowel() {
        assertEquals("quý", ToneMarkPlacement.canonical("qúy"));
        assertEquals("quả", ToneMarkPlacement.canonical("qủa"));
        assertEquals("già", ToneMarkPlacement.canonical("gìa"));
        assertEquals("gì", ToneMarkPlacement.canonical("gì"));
    }

    public void testDiphthongs() {
        assertEquals("mùa", ToneMarkPlacement.canonical("muà"));
        assertEquals("mía", ToneMarkPlacement.canonical("mía"));
        assertEquals("người", ToneMarkPlacement.canonical("ngừơi"));
        assertEquals("tiến", ToneMarkPlacement.canonical("tíên"));
        assertEquals("muốn", ToneMarkPlacement.canonical("múôn"));
    }

    public void testMarkOnACodaMovesToTheNucleus() {
        assertEquals("mài", ToneMarkPlacement.canonical("maì"));
        assertEquals("hiểu", ToneMarkPlacement.canonical("hiêủ"));
    }

    public void testKeepsCase() {
        assertEquals("HÒA", ToneMarkPlacement.canonical("HOÀ"));
        assertEquals("Hòa", ToneMarkPlacement.canonical("Hoà"));
        assertEquals("ỦY", ToneMarkPlacement.canonical("UỶ"));
        assertEquals("Thủy", ToneMarkPlacement.canonical("Thuỷ"));
    }

    public void testLeavesNonSyllablesAndUnmarkedSyllablesAlone() {
        for (String word : new String[] {"", "hoa", "UBND", "café", "2024", "thuỷy", "hóà"}) {
            assertEquals(word, ToneMarkPlacement.canonical(word));
        }
    }
}
