package vn.donthu.locality;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.donthu.locality.AddressTokens.Token;

/**
 * The words that say what the next name is: "xã", "huyện", "tỉnh", "thành phố", their abbreviations
 * ("X.", "H.", "TP.", "TX.", "TT.", "Q1") and the words of places below the commune ("thôn", "xóm",
 * "đường"), whose names must not be taken for communes.
 *
 * <p>Inside a part of the address, a word with diacritics is a marker only with the marker's own
 * diacritics, so that "Tĩnh" of Hà Tĩnh or "Phương", a given name, are never read as "tỉnh" or
 * "phường"; a word typed without any diacritics, or one that starts a part, is compared folded.
 */
final class AddressMarkers {

    /** A marker found before a name, {@code length} words long. */
    record Marker(Set<UnitKind> kinds, int length) {

        boolean allows(Level level) {
            return kinds.stream().anyMatch(kind -> kind.level() == level);
        }
    }

    private static final Set<UnitKind> THANH_PHO =
            EnumSet.of(UnitKind.THANH_PHO_TRUC_THUOC_TRUNG_UONG, UnitKind.THANH_PHO_THUOC_TINH);

    /** Two-word markers first, so that "thị xã" is not read as "xã". */
    private static final List<Map.Entry<List<String>, Set<UnitKind>>> WORDS = List.of(
            Map.entry(List.of("thành", "phố"), THANH_PHO),
            Map.entry(List.of("thị", "xã"), EnumSet.of(UnitKind.THI_XA)),
            Map.entry(List.of("thị", "trấn"), EnumSet.of(UnitKind.THI_TRAN)),
            Map.entry(List.of("đặc", "khu"), EnumSet.of(UnitKind.DAC_KHU)),
            Map.entry(List.of("tỉnh"), EnumSet.of(UnitKind.TINH)),
            Map.entry(List.of("huyện"), EnumSet.of(UnitKind.HUYEN)),
            Map.entry(List.of("quận"), EnumSet.of(UnitKind.QUAN)),
            Map.entry(List.of("xã"), EnumSet.of(UnitKind.XA)),
            Map.entry(List.of("phường"), EnumSet.of(UnitKind.PHUONG)));

    /** The folded form of each marker word, compared with words typed without diacritics. */
    private static final Map<String, String> FOLDED = WORDS.stream().flatMap(entry -> entry.getKey().stream())
            .distinct().collect(Collectors.toUnmodifiableMap(word -> word, PlaceNames::key));

    private static final Map<String, Set<UnitKind>> ABBREVIATIONS = Map.of(
            "tp", THANH_PHO,
            "tx", EnumSet.of(UnitKind.THI_XA),
            "tt", EnumSet.of(UnitKind.THI_TRAN));

    /** Single capitals, abbreviations only when followed by a full stop or glued to a number. */
    private static final Map<String, Set<UnitKind>> LETTERS = Map.of(
            "T", EnumSet.of(UnitKind.TINH),
            "H", EnumSet.of(UnitKind.HUYEN),
            "Q", EnumSet.of(UnitKind.QUAN),
            "X", EnumSet.of(UnitKind.XA),
            "P", EnumSet.of(UnitKind.PHUONG),
            "F", EnumSet.of(UnitKind.PHUONG));

    private static final Set<String> BELOW_COMMUNE = Set.of(
            "đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "thôn", "xóm", "ấp", "bản", "tổ", "khu", "số",
            "làng", "buôn", "khóm", "khối", "cụm", "đội", "lô", "kp", "tdp");
    private static final Set<String> BELOW_COMMUNE_FOLDED =
            BELOW_COMMUNE.stream().map(PlaceNames::key).collect(Collectors.toUnmodifiableSet());

    /** Every marker word folded ("tinh", "thanh", "pho", "tp", "x", ...), to tell an unfinished part of an address. */
    private static final Set<String> ANY_FOLDED = Stream.of(FOLDED.values().stream(), ABBREVIATIONS.keySet().stream(),
            LETTERS.keySet().stream().map(letter -> letter.toLowerCase(Locale.ROOT))).flatMap(words -> words)
            .collect(Collectors.toUnmodifiableSet());

    private AddressMarkers() {
    }

    /** Whether a word, folded and lower case, may be (part of) a marker: "tinh", "pho", "tp", "h". */
    static boolean isMarkerWord(String folded) {
        return ANY_FOLDED.contains(folded);
    }

    /** The marker that ends just before token {@code index}, if any. */
    static Marker before(List<Token> tokens, int index) {
        if (index == 0 || tokens.get(index).breakBefore()) {
            return null;
        }
        for (Map.Entry<List<String>, Set<UnitKind>> entry : WORDS) {
            List<String> words = entry.getKey();
            int from = index - words.size();
            if (from >= 0 && matchesWords(tokens, from, words)) {
                return new Marker(entry.getValue(), words.size());
            }
        }
        Marker slipped = slipped(tokens, index);
        if (slipped != null) {
            return slipped;
        }
        Token previous = tokens.get(index - 1);
        Set<UnitKind> abbreviation = ABBREVIATIONS.get(previous.key());
        if (abbreviation != null) {
            return new Marker(abbreviation, 1);
        }
        Set<UnitKind> letter = LETTERS.get(previous.text());
        if (letter != null && (previous.dotAfter() || tokens.get(index).isNumber())) {
            return new Marker(letter, 1);
        }
        return null;
    }

    /**
     * A one-word marker as OCR may spoil it where a part of the address starts: split in two ("X ã",
     * "huy ện") or short of one letter ("tnh" for "tỉnh", "huyn"). No name stands there in its place.
     */
    private static Marker slipped(List<Token> tokens, int index) {
        Token previous = tokens.get(index - 1);
        boolean previousStartsPart = index == 1 || previous.breakBefore();
        boolean splitStartsPart = index >= 2 && !previous.breakBefore() && !previous.pauseBefore()
                && (index == 2 || tokens.get(index - 2).breakBefore());
        for (Map.Entry<List<String>, Set<UnitKind>> entry : WORDS) {
            if (entry.getKey().size() != 1) {
                continue;
            }
            String marker = FOLDED.get(entry.getKey().get(0));
            if (splitStartsPart && (tokens.get(index - 2).key() + previous.key()).equals(marker)) {
                return new Marker(entry.getValue(), 2);
            }
            if (previousStartsPart && marker.length() >= 4 && lacksOneLetter(previous.key(), marker)) {
                return new Marker(entry.getValue(), 1);
            }
        }
        return null;
    }

    /** Whether {@code word} is {@code marker} with one letter after the first left out. */
    private static boolean lacksOneLetter(String word, String marker) {
        if (word.length() != marker.length() - 1) {
            return false;
        }
        int i = 0;
        while (i < word.length() && word.charAt(i) == marker.charAt(i)) {
            i++;
        }
        // OCR loses a marked vowel inside the word, not its first letter: "Uyên" is a name, not "huyện".
        return i > 0 && word.regionMatches(i, marker, i + 1, word.length() - i);
    }

    /** Whether token {@code index - 1} names a place below the commune (thôn, xóm, đường, ...). */
    static boolean belowCommuneBefore(List<Token> tokens, int index) {
        if (index == 0 || tokens.get(index).breakBefore()) {
            return false;
        }
        Token previous = tokens.get(index - 1);
        return previous.ascii() ? BELOW_COMMUNE_FOLDED.contains(previous.key())
                : BELOW_COMMUNE.contains(previous.lowerCase());
    }

    private static boolean matchesWords(List<Token> tokens, int from, List<String> words) {
        // Where a part of the address starts, a marker misread by OCR ("thánh phố", "huyèn") is still
        // one: no given name or place name stands there in its place.
        boolean startsPart = from == 0 || tokens.get(from).breakBefore();
        for (int i = 0; i < words.size(); i++) {
            Token token = tokens.get(from + i);
            if (i > 0 && token.breakBefore()) {
                return false;
            }
            boolean same = token.ascii() || startsPart ? token.key().equals(FOLDED.get(words.get(i)))
                    : token.lowerCase().equals(words.get(i));
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
