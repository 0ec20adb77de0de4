package vn.donthu.analysis;

import java.text.Normalizer;
import org.apache.lucene.tests.util.LuceneTestCase;

public class VietnameseFolderTest extends LuceneTestCase {

    public void testFoldsSentence() {
        assertEquals("Don khieu nai ve viec thu hoi dat cua Uy ban nhan dan xa Tan Duc",
                VietnameseFolder.fold("Đơn khiếu nại về việc thu hồi đất của Ủy ban nhân dân xã Tân Đức"));
    }

    public void testEmptyText() {
        assertEquals("", VietnameseFolder.fold(""));
    }

    public void testFoldsEachToneMark() {
        assertEquals("a a a a a a", VietnameseFolder.fold("a à á ả ã ạ"));
    }

    public void testFoldsEachVowelModifier() {
        assertEquals("a a e o o u A A E O O U", VietnameseFolder.fold("ă â ê ô ơ ư Ă Â Ê Ô Ơ Ư"));
    }

    public void testFoldsVowelModifierAndToneTogether() {
        assertEquals("au e o u", VietnameseFolder.fold("ậu ễ ờ ự"));
    }

    public void testFoldsDStroke() {
        assertEquals("dat Duc", VietnameseFolder.fold("đất Đức"));
    }

    public void testFoldsDecomposedInput() {
        assertEquals("khieu nai", VietnameseFolder.fold(Normalizer.normalize("khiếu nại", Normalizer.Form.NFD)));
    }

    public void testKeepsCase() {
        assertEquals("UY BAN", VietnameseFolder.fold("ỦY BAN"));
    }

    public void testKeepsOtherScriptsWhole() {
        for (String text : new String[] {"한국어", "हिन्दी", "ภาษาไทย", "中文", "Ð ð ƣ"}) {
            assertEquals(text, VietnameseFolder.fold(text));
        }
    }

    public void testFoldsAlignedKeepsEveryOffset() {
        String motto = "Độc lập – Tự do – Hạnh phúc, ngày 12 tháng 3";
        String folded = VietnameseFolder.foldAligned(motto);
        assertEquals("doc lap – tu do – hanh phuc, ngay 12 thang 3", folded);
        assertEquals(motto.length(), folded.length());
        // A lone combining mark (text that escaped NFC) stays where it is, so offsets hold.
        assertEquals("ke\u0301o", VietnameseFolder.foldAligned("KE\u0301o"));
    }
}
