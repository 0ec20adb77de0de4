package vn.donthu.ingest.understand.recipient;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.donthu.config.TsvResource;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;
import vn.donthu.ingest.understand.Scan;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;
import vn.donthu.locality.CodeList;

/**
 * Whether a letter went above the level competent for it (vượt cấp). The rules are data
 * ({@code competence.tsv}): the competent level by kind, case and the level of what the letter is
 * about; this class only works out the case and that level from the letter.
 */
public final class Competence {

    private static final String RESOURCE = "/vn/donthu/ingest/understand/competence.tsv";
    private static final String DEFAULT = "default";
    /** Competent levels by kind, case and matter level; and, under {@value #DEFAULT}, matter levels by topic. */
    private static final Map<String, RecipientLevel> RULES = load();
    /** A complaint that has had its first-instance answer and comes back for the second. */
    private static final Pattern SECOND_INSTANCE = Pattern.compile(
            "(?:khieu nai lan (?:hai|2|thu hai)|giai quyet khieu nai lan (?:dau|1|thu nhat)|lan hai|khong dong y voi quyet dinh giai quyet)\\b");
    private static final Set<String> SECOND_INSTANCE_WORDS = Set.of("khieu", "giai", "lan", "khong");
    /** The accused heads or deputises a body. */
    private static final Pattern HEAD = Pattern.compile(
            "\\b(?:chu tich|pho chu tich|truong|pho truong|giam doc|pho giam doc|bi thu|pho bi thu|chanh|pho chanh|thu truong|vien truong|chanh an)\\b");
    private static final String UNKNOWN = "unknown";
    public static final String FIRST = "first";
    public static final String SECOND = "second";
    public static final String HEAD_CASE = "head";
    public static final String STAFF = "staff";
    public static final String ANY = "any";

    private Competence() {
    }

    /**
     * @param accused what the letter complains about or denounces, first one first
     * @return true when {@code sentTo} is above the competent level
     */
    public static boolean overLevel(FoldedText text, List<LetterKind> kinds, List<String> topics, RecipientLevel sentTo,
            List<Found<String>> accused, LocalDate letterDate) {
        if (sentTo == null || kinds.isEmpty()) {
            return false;
        }
        LetterKind kind = kinds.get(0);
        String target = accused.isEmpty() ? "" : fold(text, accused.get(0));
        RecipientLevel matterLevel = MatterLevel.of(text, accused);
        for (int t = 0; matterLevel == null && t < topics.size(); t++) {
            matterLevel = RULES.get(DEFAULT + "\t" + topics.get(t));
        }
        String kase = switch (kind) {
            case KHIEU_NAI -> secondInstance(text) ? SECOND : FIRST;
            case TO_CAO -> denunciationCase(target);
            default -> ANY;
        };
        RecipientLevel competent = competentLevel(kind, kase, matterLevel, letterDate);
        return competent != null && sentTo.ordinal() > competent.ordinal();
    }

    /**
     * The level competent for a letter by the table: the one rule both the reader and the corpus
     * generator follow.
     *
     * @param kase        {@link #FIRST} or {@link #SECOND} for a complaint, {@link #HEAD_CASE} or {@link #STAFF}
     *                    for a denunciation ({@link #denunciationCase}), {@link #ANY} otherwise
     * @param matterLevel the level of the body or person at issue; null when the letter does not say
     * @param letterDate  from 2025-07-01 there is no district level: what it handled goes to the province
     * @return null when the table has no row for the case
     */
    public static RecipientLevel competentLevel(LetterKind kind, String kase, RecipientLevel matterLevel, LocalDate letterDate) {
        RecipientLevel competent = RULES.get(key(kind.name().toLowerCase(Locale.ROOT), kase,
                matterLevel == null ? UNKNOWN : matterLevel.name().toLowerCase(Locale.ROOT)));
        if (competent == RecipientLevel.HUYEN && letterDate != null && CodeList.inForceOn(letterDate) == CodeList.V2025) {
            return RecipientLevel.TINH;
        }
        return competent;
    }

    /**
     * {@link #HEAD_CASE} when the accused, as written and folded ("ong nguyen van a, chu tich uy ban nhan
     * dan xa tan duc"), heads or deputises a body, else {@link #STAFF}.
     */
    public static String denunciationCase(String foldedAccused) {
        return HEAD.matcher(foldedAccused).find() ? HEAD_CASE : STAFF;
    }

    private static boolean secondInstance(FoldedText text) {
        boolean[] found = {false};
        Scan.fromWords(text, SECOND_INSTANCE_WORDS, SECOND_INSTANCE, m -> found[0] = true);
        return found[0];
    }

    private static String fold(FoldedText text, Found<String> span) {
        return text.folded().substring(span.start(), span.end());
    }

    private static String key(String kind, String kase, String level) {
        return kind + "\t" + kase + "\t" + level;
    }

    private static Map<String, RecipientLevel> load() {
        List<Map.Entry<String, RecipientLevel>> rows = TsvResource.rows(Competence.class, RESOURCE, false, parts -> {
            boolean topicDefault = parts[0].equals(DEFAULT) && parts.length == 3;
            if (parts.length != 4 && !topicDefault) {
                throw new IllegalArgumentException("expected KIND<tab>CASE<tab>MATTER_LEVEL<tab>LEVEL or default<tab>TOPIC<tab>MATTER_LEVEL, got '"
                        + String.join("\t", parts) + "'");
            }
            String level = parts[parts.length - 1].toUpperCase(Locale.ROOT);
            return Map.entry(topicDefault ? DEFAULT + "\t" + parts[1] : key(parts[0], parts[1], parts[2]), RecipientLevel.valueOf(level));
        });
        // A later row for the same case overrides an earlier one.
        Map<String, RecipientLevel> rules = new HashMap<>();
        rows.forEach(row -> rules.put(row.getKey(), row.getValue()));
        return Map.copyOf(rules);
    }
}
