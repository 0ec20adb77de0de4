package vn.donthu.ingest.ocr.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.donthu.testing.SampleLetters;

class OcrCorrectorTest {

    private static final OcrCorrector corrector = OcrCorrector.vietnamese();

    @Test
    void theHookAboveReadAsAnAcuteIsRepairedWhereTheLexiconKnowsTheWord() {
        assertThat(corrector.correct("Kính gửi: Úy ban nhân dân xã Hòa Tiến"))
                .isEqualTo("Kính gửi: Ủy ban nhân dân xã Hòa Tiến");
        assertThat(corrector.correct("ÚY BAN NHÂN DÂN HUYỆN")).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN");
    }

    @Test
    void aSyllableThatCannotExistTakesTheToneItsNeighbourCallsFor() {
        assertThat(corrector.correct("tranh chấp quyền sử dụng đẩt đai")).isEqualTo("tranh chấp quyền sử dụng đất đai");
        assertThat(corrector.correct("Quyểt định số 15")).isEqualTo("Quyết định số 15");
        assertThat(corrector.correct("yêu cầu bồi thường thiệt hai")).isEqualTo("yêu cầu bồi thường thiệt hại");
    }

    @Test
    void correctTextNamesAndTextWithoutDiacriticsAreLeftAsTheyAre() throws IOException {
        for (String text : List.of("Ông Nguyễn Văn Hùng, trú tại thôn Đông Xá, đã nộp đơn ngày 12/3/2021.",
                "khieu nai ve viec boi thuong dat dai", "UBND xã Mai Dịch, Quyết định số 1234/QĐ-UBND")) {
            assertThat(corrector.correct(text)).isEqualTo(text);
        }
        try (Stream<Path> truths = Files.list(SampleLetters.folder().resolveSibling("ground-truth"))) {
            for (Path truth : truths.toList()) {
                String text = Files.readString(truth);
                assertThat(corrector.correct(text)).as(truth.getFileName().toString()).isEqualTo(text);
            }
        }
    }
}
