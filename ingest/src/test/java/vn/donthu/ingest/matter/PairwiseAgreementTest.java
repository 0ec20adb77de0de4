package vn.donthu.ingest.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseAgreementTest {

    @Test
    void countsThePairsPutTogetherRightAndWrong() {
        // Truth: {a b c} {d e}. Predicted: {a b} {c d e}: of 4 predicted pairs, a-b and d-e are right;
        // of 4 true pairs, 2 were found.
        Map<String, String> truth = Map.of("a", "V1", "b", "V1", "c", "V1", "d", "V2", "e", "V2");
        Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");

        PairwiseAgreement agreement = PairwiseAgreement.of(truth, predicted);

        assertThat(agreement.truePairs()).isEqualTo(4);
        assertThat(agreement.predictedPairs()).isEqualTo(4);
        assertThat(agreement.agreedPairs()).isEqualTo(2);
        assertThat(agreement.f1()).isCloseTo(0.5, within(1e-9));
    }
}
