package vn.donthu.analysis.segment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

public class CollocationLearnerTest {

    /**
     * A synthetic corpus: sentences of two invented words ("ba la", "mi tô") and frequent
     * single-syllable words, in random order, so that function syllables often meet by chance.
     */
    private static CollocationLearner learnerOnSyntheticCorpus() {
        CollocationLearner learner = CollocationLearner.builder().build();
        Random random = new Random(42);
        String[] singles = {"của", "các", "và", "là", "có", "người", "nhà", "đi"};
        String[][] words = {{"ba", "la"}, {"mi", "tô"}};
        for (int sentence = 0; sentence < 300; sentence++) {
            List<String> run = new java.util.ArrayList<>();
            for (int k = 0; k < 8; k++) {
                if (random.nextInt(4) == 0) {
                    run.addAll(Arrays.asList(words[random.nextInt(words.length)]));
                } else {
                    run.add(singles[random.nextInt(singles.length)]);
                }
            }
            learner.add(run);
        }
        return learner;
    }

    private static Set<String> words(List<LearnedWord> learned) {
        return learned.stream().map(LearnedWord::word).collect(Collectors.toSet());
    }

    @Test
    public void learnsSyllablesThatAlwaysOccurTogether() {
        List<LearnedWord> learned = learnerOnSyntheticCorpus().learn();
        assertEquals(Set.of("ba la", "mi tô"), words(learned));
        for (LearnedWord word : learned) {
            assertEquals(1.0, word.score(), 1e-9);
            assertTrue(word.count() > 50);
        }
    }

    @Test
    public void frequentPairsOfFrequentSyllablesAreNotLearned() {
        CollocationLearner learner = learnerOnSyntheticCorpus();
        assertTrue(learner.count("của", "các") > 5);
        assertFalse(words(learner.learn()).contains("của các"));
    }

    @Test
    public void countsInLowerCase() {
        CollocationLearner learner = CollocationLearner.builder().build();
        learner.add(List.of("Khiếu", "nại", "lần", "hai"));
        learner.add(List.of("khiếu", "nại", "đông", "người"));
        assertEquals(2, learner.count("khiếu", "nại"));
        assertEquals(2, learner.count("KHIẾU"));
        assertEquals(8, learner.total());
        assertEquals(Set.of("khiếu nại"), words(learner.learn()));
    }

    @Test
    public void namesAndNumbersAreNotLearned() {
        CollocationLearner learner = CollocationLearner.builder().build();
        for (int i = 0; i < 5; i++) {
            learner.add(List.of("ông", "Nguyễn", "Văn", "Thắng"));
            learner.add(List.of("năm", "2024", "qua"));
        }
        assertEquals(Set.of(), words(learner.learn()));
        assertEquals(5, learner.count("Nguyễn", "Văn") + 5);
    }

    @Test
    public void learnsThreeSyllableWordsWhenAsked() {
        CollocationLearner learner = CollocationLearner.builder().maxLength(3).minCount(2).build();
        for (int i = 0; i < 4; i++) {
            learner.add(List.of("cây", "xô", "ma", "ri", "đẹp"));
            learner.add(List.of("nhà", "đẹp", "cây", "lớn"));
        }
        assertTrue(words(learner.learn()).contains("xô ma ri"));
    }

    @Test
    public void writtenWordsReadBackAsLearnedLexiconEntries() throws IOException {
        List<LearnedWord> learned = learnerOnSyntheticCorpus().learn();
        StringWriter out = new StringWriter();
        CollocationLearner.write(learned, out);
        Lexicon lexicon = Lexicon.builder().read(new StringReader(out.toString()), "learned.txt", Lexicon.Source.LEARNED).build();
        assertEquals(2, lexicon.size());
        assertEquals(List.of(Lexicon.Source.LEARNED), lexicon.sourcesOf("ba la"));
    }

    @Test
    public void builderRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> CollocationLearner.builder().minCount(0));
        assertThrows(IllegalArgumentException.class, () -> CollocationLearner.builder().minScore(0));
        assertThrows(IllegalArgumentException.class, () -> CollocationLearner.builder().minScore(1.5));
        assertThrows(IllegalArgumentException.class, () -> CollocationLearner.builder().maxLength(4));
    }
}
