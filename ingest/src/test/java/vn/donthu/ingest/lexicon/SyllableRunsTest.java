package vn.donthu.ingest.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyllableRunsTest {

    @Test
    void runsBreakAtPunctuationNumbersAndWideGaps() {
        List<List<String>> runs = new ArrayList<>();

        new SyllableRuns().forEachRun("Đơn khiếu nại, Quyết định số 1234/QĐ-UBND của Ủy ban\nnhân dân  huyện Phú Bình.", runs::add);

        assertThat(runs).containsExactly(
                List.of("Đơn", "khiếu", "nại"),
                List.of("Quyết", "định", "số"),
                List.of("của", "Ủy", "ban", "nhân", "dân"),
                List.of("huyện", "Phú", "Bình"));
    }
}
