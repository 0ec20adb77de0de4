package vn.donthu.analysis.segment;

/**
 * A word {@link CollocationLearner} found in raw text.
 *
 * @param word its syllables in lower case, separated by single spaces
 * @param count how many times its syllables occur in a row in the text
 * @param score how strongly they hold together, see {@link CollocationLearner}; higher is stronger
 */
public record LearnedWord(String word, long count, double score) {
}
