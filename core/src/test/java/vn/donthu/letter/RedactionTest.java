package vn.donthu.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donthu.letter.LetterDetails.TextSpan;

class RedactionTest {

    private static final String TEXT = "Tôi tên là Trần Thị Mai, số CCCD 048175009316, tố cáo ông Lê Văn Hùng.";

    @Test
    void eachSpanBecomesOnePlaceholder() {
        int name = TEXT.indexOf("Trần Thị Mai");
        int card = TEXT.indexOf("048175009316");
        String redacted = Redaction.apply(TEXT, List.of(
                new TextSpan("cccd", card, card + 12), new TextSpan("name", name, name + 12)));
        assertEquals("Tôi tên là […], số CCCD […], tố cáo ông Lê Văn Hùng.", redacted);
    }

    @Test
    void overlappingAndTouchingSpansMaskTheirUnionOnce() {
        int name = TEXT.indexOf("Trần");
        String redacted = Redaction.apply(TEXT, List.of(
                new TextSpan("name", name, name + 8), new TextSpan("name", name + 5, name + 12),
                new TextSpan("address", name + 12, name + 13)));
        assertEquals("Tôi tên là […] số CCCD 048175009316, tố cáo ông Lê Văn Hùng.", redacted);
    }

    @Test
    void noSpansLeaveTheTextAsItIs() {
        assertEquals(TEXT, Redaction.apply(TEXT, List.of()));
    }
}
