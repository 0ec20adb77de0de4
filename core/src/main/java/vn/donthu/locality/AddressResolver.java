package vn.donthu.locality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.donthu.config.Settings;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.locality.AddressMarkers.Marker;
import vn.donthu.locality.AddressTokens.Token;

/**
 * Reads a Vietnamese address ("xóm 5, X. Tân Đức, H. Phú Bình, T. Thái Nguyên", "xa Tan Duc huyen
 * Phu Binh", "phường Bến Thành, TP. Hồ Chí Minh") as a province, district and commune of one code
 * list, and maps it to its current 34-province unit.
 *
 * <p>Every run of words that is the name of a unit is a candidate, weighed by the word before it
 * ("huyện", "TP.") and whether it ends where a part of the address ends. The reading chosen is the
 * set of candidates that fit together (the district lies in the province, the commune in the
 * district) with the greatest weight. When several readings weigh the same and disagree at a level —
 * "huyện Châu Thành" alone is in seven provinces — that level stays unresolved rather than guessed.
 * When both code lists read the text equally well, the letter's date chooses.
 *
 * <p>Immutable and safe to share between threads; build it once per gazetteer.
 */
public final class AddressResolver {

    private static final int LONGEST_NAME = 7;
    private static final double TIE = 1e-6;
    private static final double DATE_PRIOR = 1.0;
    /** Shorter names are too many letters alike ("Tân An", "Tân Ân") to guess a misread one. */
    private static final int MISSPELT_MIN_CHARS = 5;
    /** A misspelt name weighs less than one written right, so it never displaces it. */
    private static final double MISSPELT_PENALTY = 1.0;

    private final Gazetteer gazetteer;

    /**
     * The resolver of this installation: the shipped gazetteer completed by the operator's official
     * list ({@link Gazetteer#installed}), read once per process.
     */
    public static AddressResolver installed() {
        return Installed.RESOLVER;
    }

    private static final class Installed {
        static final AddressResolver RESOLVER = new AddressResolver(Gazetteer.installed(Settings.system()));
    }

    public AddressResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
    }

    /** The locality of an address; empty when not even its province can be told. */
    public Optional<Locality> resolve(String address, LocalDate letterDate) {
        return resolvePlace(address, letterDate).map(place -> place.toLocality(PlaceNames.nfc(address)));
    }

    /**
     * The locality of a whole letter: each address {@link AddressFinder} finds in it is resolved, and
     * the one resolved furthest down (commune, then district, then province) wins, the first on ties.
     * The locality's address text is that address.
     */
    public Optional<Locality> resolveLetter(String letterText, LocalDate letterDate) {
        Locality best = null;
        int bestDepth = 0;
        for (AddressFinder.AddressPhrase phrase : AddressFinder.find(letterText)) {
            Optional<Locality> locality = resolve(phrase.text(), letterDate);
            int depth = locality.map(AddressResolver::depth).orElse(0);
            if (depth > bestDepth) {
                best = locality.get();
                bestDepth = depth;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int depth(Locality locality) {
        return locality.communeName() != null ? 3 : locality.districtName() != null ? 2 : 1;
    }

    /** As {@link #resolve}, with the units themselves. */
    public Optional<ResolvedPlace> resolvePlace(String address, LocalDate letterDate) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        List<Token> tokens = AddressTokens.of(PlaceNames.nfc(address));
        List<Mention> mentions = mentions(tokens);
        Reading old = bestReading(CodeList.V2008, mentions);
        Reading current = bestReading(CodeList.V2025, mentions);
        Reading chosen = preferred(old, current, letterDate);
        return chosen.place(gazetteer);
    }

    /**
     * The reading of the list with the greater weight, the list in force on the letter's date counting
     * {@link #DATE_PRIOR} more: a new-style commune named after an old district ("phường Đông Ninh
     * Hòa") is read in the new list, while an old address written after 2025 keeps the old list
     * through its district.
     */
    private static Reading preferred(Reading old, Reading current, LocalDate letterDate) {
        CodeList inForce = CodeList.inForceOn(letterDate);
        double oldWeight = old.weight(letterDate == null ? null : inForce);
        double currentWeight = current.weight(letterDate == null ? null : inForce);
        if (oldWeight > currentWeight + TIE) {
            return old;
        }
        if (currentWeight > oldWeight + TIE) {
            return current;
        }
        return inForce == CodeList.V2008 ? old : current;
    }

    private List<Mention> mentions(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        boolean[] nameEndsAt = new boolean[tokens.size() + 1];
        for (int start = 0; start < tokens.size(); start++) {
            StringBuilder key = new StringBuilder();
            for (int end = start + 1; end <= tokens.size() && end - start <= LONGEST_NAME; end++) {
                Token last = tokens.get(end - 1);
                if (end > start + 1 && last.breakBefore()) {
                    break;
                }
                key.append(key.isEmpty() ? "" : " ").append(last.key());
                List<AdminUnit> units = gazetteer.named(key.toString());
                if (!units.isEmpty()) {
                    matches.add(new Match(start, end, units));
                    nameEndsAt[end] = true;
                }
            }
        }
        Marker[] markers = new Marker[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            markers[i] = AddressMarkers.before(tokens, i);
        }
        boolean[] insideMarkedPart = insideMarkedPart(tokens, markers);
        List<Mention> mentions = new ArrayList<>();
        for (Match match : matches) {
            Marker marker = markers[match.start];
            if (marker == null && !unmarkedNameMayStart(tokens, match.start, markers, insideMarkedPart, nameEndsAt)) {
                continue;
            }
            boolean numeric = tokens.subList(match.start, match.end).stream().allMatch(Token::isNumber);
            for (AdminUnit unit : match.units) {
                if (marker != null ? !marker.allows(unit.level())
                        : numeric || match.end - match.start == 1 && unit.level() != Level.PROVINCE) {
                    continue;
                }
                double score = weight(unit, marker) + (endsPart(tokens, markers, match.end) ? 0.3 : 0)
                        + (writtenAsNamed(tokens, match.start, match.end, unit) ? 0.1 : 0);
                mentions.add(new Mention(match.start - (marker == null ? 0 : marker.length()), match.end, unit, score));
            }
        }
        mentions.addAll(misspelt(tokens, markers, matches, mentions));
        return mentions;
    }

    /**
     * Marked names that match no unit, read as the unit one letter away, or the same but for a lone
     * stray letter, among the children of a province or district the address names exactly ("xã Tâm
     * Đức, huyện Phú Bình" is Tân Đức): OCR misreads a letter now and then. Two such units under one parent tie, and the reading then leaves
     * the level open (see {@link Reading#agreed}).
     */
    private List<Mention> misspelt(List<Token> tokens, Marker[] markers, List<Match> matches, List<Mention> exact) {
        List<Mention> found = new ArrayList<>();
        for (int start = 1; start < tokens.size(); start++) {
            Marker marker = markers[start];
            int from = start;
            if (marker == null || matches.stream().anyMatch(m -> m.start == from)) {
                continue;
            }
            int end = start + 1;
            while (end < tokens.size() && end - start < LONGEST_NAME && markers[end] == null
                    && !tokens.get(end).breakBefore()) {
                end++;
            }
            StringBuilder written = new StringBuilder();
            StringBuilder withoutSpecks = new StringBuilder();
            for (int i = start; i < end; i++) {
                String key = tokens.get(i).key();
                written.append(i > start ? " " : "").append(key);
                // A lone letter inside a name is a speck or a stroke OCR read ("Hương S Sơn").
                if (key.length() > 1 || Character.isDigit(key.charAt(0))) {
                    withoutSpecks.append(withoutSpecks.isEmpty() ? "" : " ").append(key);
                }
            }
            if (written.length() < MISSPELT_MIN_CHARS) {
                continue;
            }
            for (Mention parent : exact) {
                for (AdminUnit unit : children(parent.unit)) {
                    String name = PlaceNames.key(unit.name());
                    boolean slip = oneEditApart(name, written.toString())
                            || !withoutSpecks.toString().equals(written.toString()) && name.equals(withoutSpecks.toString());
                    if (marker.allows(unit.level()) && slip) {
                        found.add(new Mention(start - marker.length(), end, unit, weight(unit, marker) - MISSPELT_PENALTY));
                    }
                }
            }
        }
        return found;
    }

    private List<AdminUnit> children(AdminUnit parent) {
        return switch (parent.level()) {
            case PROVINCE -> parent.codeList().hasDistricts() ? gazetteer.districtsOf(parent) : gazetteer.communesOf(parent);
            case DISTRICT -> gazetteer.communesOf(parent);
            case COMMUNE -> List.of();
        };
    }

    /** One letter replaced, added or left out. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return a.length() - i - j <= 1 && b.length() - i - j <= 1;
    }

    /**
     * A name without a marker is a candidate where a part of the address starts, or right after
     * another name in a part ("huyện Phú Bình Thái Nguyên"); never inside a hamlet or street name
     * (thôn, đường), inside the second word of a marker, or in the middle of a marked name: the "Ninh
     * Hòa" of "phường Đông Ninh Hòa" is not the old town of Ninh Hòa.
     */
    private static boolean unmarkedNameMayStart(List<Token> tokens, int start, Marker[] markers,
                                                boolean[] insideMarkedPart, boolean[] nameEndsAt) {
        if (AddressMarkers.belowCommuneBefore(tokens, start)) {
            return false;
        }
        Marker own = markers[start + 1];
        if (own != null && own.length() == 2) {
            return false;
        }
        return !insideMarkedPart[start] || nameEndsAt[start];
    }

    /** Whether a marker stands earlier in the same part (since the last comma or line break). */
    private static boolean[] insideMarkedPart(List<Token> tokens, Marker[] markers) {
        boolean[] inside = new boolean[tokens.size()];
        boolean marked = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).breakBefore()) {
                marked = false;
            }
            inside[i] = marked;
            if (markers[i] != null) {
                marked = true;
            }
        }
        return inside;
    }

    private static double weight(AdminUnit unit, Marker marker) {
        double base = switch (unit.level()) {
            case PROVINCE -> 2.0;
            case DISTRICT -> 1.8;
            case COMMUNE -> 1.6;
        };
        if (marker == null) {
            // An unmarked name is weaker evidence than a marked one: "Đà Lạt" may be part of a commune's name.
            return base * 0.6;
        }
        return base + (marker.kinds().contains(unit.kind()) ? 2.0 : 0.5);
    }

    private static boolean endsPart(List<Token> tokens, Marker[] markers, int end) {
        if (end == tokens.size()) {
            return true;
        }
        Token next = tokens.get(end);
        if (next.breakBefore() || next.pauseBefore()) {
            return true;
        }
        for (int length = 1; length <= 2 && end + length < tokens.size(); length++) {
            Marker marker = markers[end + length];
            if (marker != null && marker.length() == length) {
                return true;
            }
        }
        return false;
    }

    private static boolean writtenAsNamed(List<Token> tokens, int start, int end, AdminUnit unit) {
        StringBuilder written = new StringBuilder();
        for (int i = start; i < end; i++) {
            written.append(i > start ? " " : "").append(tokens.get(i).lowerCase());
        }
        return unit.name().toLowerCase(Locale.ROOT).equals(written.toString());
    }

    private Reading bestReading(CodeList list, List<Mention> mentions) {
        List<Mention> provinces = ofLevel(mentions, list, Level.PROVINCE);
        List<Mention> districts = ofLevel(mentions, list, Level.DISTRICT);
        List<Mention> communes = ofLevel(mentions, list, Level.COMMUNE);
        Reading best = new Reading(list, 0, new ArrayList<>());
        for (Mention p : provinces) {
            for (Mention d : districts) {
                for (Mention c : communes) {
                    best = best.consider(list, p, d, c);
                }
            }
        }
        return best;
    }

    /** The mentions of one level and list, and null for "not mentioned". */
    private static List<Mention> ofLevel(List<Mention> mentions, CodeList list, Level level) {
        List<Mention> result = new ArrayList<>();
        result.add(null);
        mentions.stream().filter(m -> m.unit.codeList() == list && m.unit.level() == level).forEach(result::add);
        return result;
    }

    /** Tokens {@code start} to {@code end} spell the name of these units. */
    private record Match(int start, int end, List<AdminUnit> units) {
    }

    /** A name found in the address: tokens {@code start} (its marker included) to {@code end}. */
    private record Mention(int start, int end, AdminUnit unit, double score) {

        boolean overlaps(Mention other) {
            return other != null && start < other.end && other.start < end;
        }

        boolean before(Mention other) {
            return other != null && end <= other.start;
        }
    }

    /** The best readings of an address in one code list so far: all of equal weight. */
    private record Reading(CodeList list, double score, List<Hypothesis> hypotheses) {

        Reading consider(CodeList list, Mention p, Mention d, Mention c) {
            if (p == null && d == null && c == null || !fits(list, p, d, c)) {
                return this;
            }
            double score = weightOf(p) + weightOf(d) + weightOf(c)
                    + (c != null && c.before(d) ? 0.2 : 0) + (d != null && d.before(p) ? 0.2 : 0)
                    + (c != null && c.before(p) ? 0.2 : 0);
            Hypothesis hypothesis = new Hypothesis(p, d, c);
            if (score > this.score + TIE) {
                return new Reading(list, score, new ArrayList<>(List.of(hypothesis)));
            }
            if (score > this.score - TIE) {
                hypotheses.add(hypothesis);
            }
            return this;
        }

        private static boolean fits(CodeList list, Mention p, Mention d, Mention c) {
            if (p != null && d != null && (p.overlaps(d) || d.unit.parent() != p.unit)) {
                return false;
            }
            if (c == null) {
                return true;
            }
            if (c.overlaps(p) || c.overlaps(d)) {
                return false;
            }
            if (list.hasDistricts() && d != null && c.unit.parent() != d.unit) {
                return false;
            }
            return p == null || c.unit.province() == p.unit;
        }

        private static double weightOf(Mention mention) {
            return mention == null ? 0 : mention.score;
        }

        double weight(CodeList inForce) {
            return hypotheses.isEmpty() ? 0 : score + (list == inForce ? DATE_PRIOR : 0);
        }

        Optional<ResolvedPlace> place(Gazetteer gazetteer) {
            AdminUnit province = agreed(Hypothesis::province);
            if (province == null) {
                return Optional.empty();
            }
            return Optional.of(new ResolvedPlace(list, province, agreed(Hypothesis::district), agreed(Hypothesis::commune),
                    gazetteer.currentProvinceOf(province).orElse(null)));
        }

        /** The unit every best reading gives at a level, or null when they differ or give none. */
        private AdminUnit agreed(Function<Hypothesis, AdminUnit> level) {
            if (hypotheses.isEmpty()) {
                return null;
            }
            AdminUnit first = level.apply(hypotheses.get(0));
            return hypotheses.stream().allMatch(h -> level.apply(h) == first) ? first : null;
        }
    }

    /** One reading: a mention per level, or null where the level is not mentioned. */
    private record Hypothesis(Mention p, Mention d, Mention c) {

        AdminUnit province() {
            return p != null ? p.unit : d != null ? d.unit.parent() : c.unit.province();
        }

        AdminUnit district() {
            return d != null ? d.unit : c != null && c.unit.codeList().hasDistricts() ? c.unit.parent() : null;
        }

        AdminUnit commune() {
            return c == null ? null : c.unit;
        }
    }
}
