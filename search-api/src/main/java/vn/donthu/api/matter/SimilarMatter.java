package vn.donthu.api.matter;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A matter like another one, how alike (the score of its most alike letter) and why. */
public record SimilarMatter(@JsonUnwrapped MatterFacts matter, double score, Why why) {

    /**
     * @param sharedLocality "commune" or "province" when the two matters are in the same one, else null
     * @param sharedTerms    words of the most alike letter that it shares with the matter, as the reader
     *                       may see them (from the masked text unless they may see identities); none
     *                       for readers who see no text (LEADER)
     */
    public record Why(String sharedLocality, List<String> sharedTerms) {
    }
}
