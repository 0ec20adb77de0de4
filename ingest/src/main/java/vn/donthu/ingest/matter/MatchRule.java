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
 *   (J − 0.25) / 0.75   J: estimated Jaccard similarity of the folded texts (MinHash). Letters on one
 *                       topic share their stock phrases up to J ≈ 0.3, so only the similarity above
 *                       that counts; a copy scores ~1
 *   + 0.35              the same people: at least half the petitioners of the letter naming fewer are
 *                       named in the other (same folded names)
 *   + 0.4               a land parcel in common (thửa, tờ bản đồ, in the same current province)
 *   − 0.4               both cite parcels, none in common
 *   + 0.3               a cited document in common (number and date)
 *   + 0.15              an accused person or body in common (anonymous denunciations have little else;
 *                       weak, as one commune's officials are accused in many matters)
 *   + 0.1               the same commune (current province, same code list)
 *   + 0.1               the same date: one letter sent to several agencies on one day
 *   − 0.8               both name petitioners, not the same people, and the texts are not near-copies
 *                       (J &lt; 0.8): neighbours with the same grievance in the same commune are separate
 *                       matters, and one namesake among twelve signers is not the same people
 *   − 0.5               different current provinces
 * </pre>
 *
 * So a reworded letter from the same family about the same parcel joins (0.35 + 0.4 + 0.1), a copy
 * sent to five agencies joins on its text alone, a namesake in the same commune writing about
 * something else does not (0.35 + 0.1), and a neighbour's letter citing the same land recovery
 * decision, copied from the same model letter, stays apart (0.4 + 0.3 + 0.1 + 0.1 − 0.8 − 0.4).
 */
final class MatchRule {

    static final double THRESHOLD = 0.5;
    static final double STOCK_PHRASES = 0.25;
    static final double NEAR_COPY = 0.8;

    private MatchRule() {
    }

    static double score(LetterPrint a, LetterPrint b) {
        double text = MinHash.similarity(a.signature(), b.signature());
        Member x = a.member();
        Member y = b.member();
        double score = Math.max(0, text - STOCK_PHRASES) / (1 - STOCK_PHRASES);
        boolean bothNamed = !x.nameKeys().isEmpty() && !y.nameKeys().isEmpty();
        if (bothNamed && samePeople(x.nameKeys(), y.nameKeys())) {
            score += 0.35;
        } else if (bothNamed && text < NEAR_COPY) {
            score -= 0.8;
        }
        if (!x.parcelKeys().isEmpty() && !y.parcelKeys().isEmpty()) {
            score += Collections.disjoint(x.parcelKeys(), y.parcelKeys()) ? -0.4 : 0.4;
        }
        if (shared(x.documentKeys(), y.documentKeys())) {
            score += 0.3;
        }
        if (shared(x.accusedKeys(), y.accusedKeys())) {
            score += 0.15;
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

    /**
     * Whether the two letters are the same case by what identifies one, not by their wording: the same
     * people, a parcel or a cited document in common. A letter that is the same case as two matters joins them.
     */
    static boolean sameCase(LetterPrint a, LetterPrint b) {
        Member x = a.member();
        Member y = b.member();
        return !x.nameKeys().isEmpty() && !y.nameKeys().isEmpty() && samePeople(x.nameKeys(), y.nameKeys())
                || shared(x.parcelKeys(), y.parcelKeys()) || shared(x.documentKeys(), y.documentKeys());
    }

    /**
     * Whether a visit is of the letter's people: the same folded names (as {@link #score} compares them), in
     * the same current province, and in the same commune when both name one in the same code list. A visit
     * has no other identifying signal, so without a province it links nowhere.
     */
    static boolean sameVisitors(LetterPrint visit, LetterPrint letter) {
        Member v = visit.member();
        Member l = letter.member();
        return v.provinceKey() != null && v.provinceKey().equals(l.provinceKey())
                && !v.nameKeys().isEmpty() && samePeople(v.nameKeys(), l.nameKeys())
                && !otherCommune(v, l);
    }

    private static boolean otherCommune(Member x, Member y) {
        return x.placeKey() != null && y.placeKey() != null && !x.placeKey().equals(y.placeKey())
                && x.locality() != null && y.locality() != null && Objects.equals(x.locality().codeList(), y.locality().codeList());
    }

    private static boolean samePeople(List<String> a, List<String> b) {
        long common = a.stream().filter(b::contains).count();
        return common > 0 && 2 * common >= Math.min(a.size(), b.size());
    }

    private static boolean shared(List<String> a, List<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !Collections.disjoint(a, b);
    }
}
