package vn.donthu.ingest.matter;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.donthu.matter.Matter.Member;

/**
 * Whether two letters are about the same matter. Each signal adds its weight to a score, and a letter
 * joins a matter when its score against one of the matter's letters reaches {@link #THRESHOLD}:
 *
 * <pre>
 *   1.2 × J             J: estimated Jaccard similarity of the folded texts (MinHash); a copy scores ~1
 *   + 0.5               a petitioner in common (same folded name)
 *   + 0.4               a land parcel in common (thửa, tờ bản đồ, in the same place)
 *   + 0.2               a cited document in common (number and date)
 *   + 0.1               the same commune (current province, same code list)
 *   + 0.1               the same date: one letter sent to several agencies on one day
 *   − 0.8               both name petitioners, none in common, and the texts are not near-copies (J &lt; 0.8):
 *                       neighbours with the same grievance in the same commune are separate matters
 *   − 0.5               different current provinces
 * </pre>
 *
 * So a reworded letter from the same family about the same parcel joins (0.5 + 0.4 + 0.1 + a little
 * text), a copy sent to five agencies joins on its text alone, and a neighbour's letter citing the
 * same land recovery decision, on a letter copied from the same model, stays apart (1.2 × 0.6 + 0.2 + 0.1 + 0.1 − 0.8 &lt; 0.5).
 */
final class MatchRule {

    static final double THRESHOLD = 0.5;
    static final double NEAR_COPY = 0.8;

    private MatchRule() {
    }

    static double score(LetterPrint a, LetterPrint b) {
        double text = MinHash.similarity(a.signature(), b.signature());
        Member x = a.member();
        Member y = b.member();
        double score = 1.2 * text;
        boolean bothNamed = !x.nameKeys().isEmpty() && !y.nameKeys().isEmpty();
        if (bothNamed && !Collections.disjoint(x.nameKeys(), y.nameKeys())) {
            score += 0.5;
        } else if (bothNamed && text < NEAR_COPY) {
            score -= 0.8;
        }
        if (shared(x.parcelKeys(), y.parcelKeys())) {
            score += 0.4;
        }
        if (shared(x.documentKeys(), y.documentKeys())) {
            score += 0.2;
        }
        if (x.placeKey() != null && x.placeKey().equals(y.placeKey())) {
            score += 0.1;
        }
        if (x.date() != null && x.date().equals(y.date())) {
            score += 0.1;
        }
        if (x.provinceKey() != null && y.provinceKey() != null && !Objects.equals(x.provinceKey(), y.provinceKey())) {
            score -= 0.5;
        }
        return score;
    }

    private static boolean shared(List<String> a, List<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !Collections.disjoint(a, b);
    }
}
