package vn.donthu.analysis;

/**
 * The Vietnamese analysis chains, and which steps each runs. Every chain normalizes the text
 * ({@link VietnameseNormalizationCharFilter}), cuts it into syllables and intact numbers
 * ({@link VietnameseTokenizer}), lower-cases it and gives each syllable one spelling
 * ({@link VietnameseOrthographyFilter}); then:
 *
 * <ul>
 *   <li>{@code words}: joins syllables into words ({@link VietnameseWordFilter}: "khiếu_nại");</li>
 *   <li>{@code folded}: folds diacritics away (đ→d), for queries typed without them;</li>
 *   <li>{@code stopwords}: drops function words, for term statistics;</li>
 *   <li>{@code abbreviations}: query time only, expands UBND ↔ Ủy ban nhân dân and the like.</li>
 * </ul>
 *
 * <p>A search chain is its index chain plus abbreviations: the abbreviation list is analysed by the
 * index chain, so expanded words are spelled exactly as the index has them.
 */
public enum VietnameseAnalysis {
    /** Syllables with diacritics: the main search field; exact forms rank first from here. */
    SYLLABLES("vietnamese", false, false, false, false),
    /** Syllables folded: "khieu nai" finds "khiếu nại". */
    FOLDED("vietnamese_folded", false, true, false, false),
    SYLLABLES_SEARCH("vietnamese_search", false, false, false, true),
    FOLDED_SEARCH("vietnamese_folded_search", false, true, false, true),
    /** Words (syllables joined by the segmenter): precision on multi-syllable words. */
    WORDS("vietnamese_words", true, false, false, false),
    /** Words without function words, for significant terms and topic counts. */
    TERMS("vietnamese_terms", true, false, true, false);

    private final String elasticsearchName;
    private final boolean words;
    private final boolean folded;
    private final boolean stopwords;
    private final boolean abbreviations;

    VietnameseAnalysis(String elasticsearchName, boolean words, boolean folded, boolean stopwords, boolean abbreviations) {
        this.elasticsearchName = elasticsearchName;
        this.words = words;
        this.folded = folded;
        this.stopwords = stopwords;
        this.abbreviations = abbreviations;
    }

    /** The analyzer's name in Elasticsearch (the plugin registers one analyzer per chain). */
    public String elasticsearchName() {
        return elasticsearchName;
    }

    boolean words() {
        return words;
    }

    boolean folded() {
        return folded;
    }

    boolean stopwords() {
        return stopwords;
    }

    boolean abbreviations() {
        return abbreviations;
    }

    /** The chain that indexes what this one searches: the same without abbreviations. */
    VietnameseAnalysis indexChain() {
        return switch (this) {
            case SYLLABLES_SEARCH -> SYLLABLES;
            case FOLDED_SEARCH -> FOLDED;
            default -> this;
        };
    }
}
