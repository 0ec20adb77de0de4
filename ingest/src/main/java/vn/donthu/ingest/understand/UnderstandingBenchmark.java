package vn.donthu.ingest.understand;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.config.Settings;
import vn.donthu.ingest.corpus.CorpusGenerator;
import vn.donthu.ingest.corpus.GeneratedLetter;
import vn.donthu.ingest.ocr.bench.DegradedScans;
import vn.donthu.ingest.ocr.bench.ScanTextCache;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.locality.AddressResolver;
import vn.donthu.locality.Gazetteer;

/**
 * {@code ./donthu bench understanding [N] [SCANS] [REFERENCE_DIR]}: generates N letters with ground truth, reads
 * them, and prints the accuracy of each field on the clean text, on the same text typed without
 * diacritics, and on SCANS of them painted as degraded scans and OCRed by Tesseract; then letters
 * per second of reading alone.
 */
public final class UnderstandingBenchmark {

    private static final long SEED = 20260705L;
    /**
     * One field: its name, the evidence field that shows where it was read, the value printed for a
     * miss, and whether the value read agrees with the truth.
     */
    private record Field(String name, String evidence, Function<LetterDetails, Object> value,
                         BiPredicate<LetterDetails, LetterDetails> correct) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("kind", "kinds", LetterDetails::kinds,
                    (t, r) -> new HashSet<>(t.kinds()).equals(new HashSet<>(r.kinds()))),
            new Field("subject field", "subject_field", LetterDetails::subjectField,
                    (t, r) -> Objects.equals(t.subjectField(), r.subjectField())),
            new Field("province", "locality", UnderstandingBenchmark::province,
                    (t, r) -> sameName(province(t), province(r))),
            new Field("district or commune", "locality", LetterDetails::locality, UnderstandingBenchmark::sameLowestUnit),
            new Field("signer count (exact)", "petitioners", LetterDetails::signerCount,
                    (t, r) -> t.signerCount() == r.signerCount()),
            new Field("đông người", "petitioners", LetterDetails::crowded, (t, r) -> t.crowded() == r.crowded()),
            new Field("letter date", "letter_date", LetterDetails::letterDate,
                    (t, r) -> Objects.equals(t.letterDate(), r.letterDate())),
            new Field("recipient level", "recipient", d -> d.recipient() == null ? null : d.recipient().level(),
                    (t, r) -> t.recipient() != null && r.recipient() != null
                            && t.recipient().level() == r.recipient().level()),
            new Field("vượt cấp", "recipient", LetterDetails::overLevel, (t, r) -> t.overLevel() == r.overLevel()));

    private UnderstandingBenchmark() {
    }

    /**
     * @param reference the shared reference folder; its official lists of administrative units, when
     *                  present, complete the gazetteer as an operator's file would
     */
    public static void run(int count, int scans, Path reference, PrintStream out) throws Exception {
        Path pre = reference.resolve("admin-units/units-pre2025.json");
        Path post = reference.resolve("admin-units/units-post2025.json");
        Gazetteer gazetteer;
        if (Files.isRegularFile(pre) && Files.isRegularFile(post)) {
            gazetteer = Gazetteer.shipped().with(Gazetteer.load(pre)).with(Gazetteer.load(post));
            out.println("gazetteer: shipped + the official lists in " + reference.resolve("admin-units"));
        } else {
            gazetteer = Gazetteer.installed(Settings.system());
            out.println("gazetteer: as installed (no official lists in " + reference.resolve("admin-units")
                    + "; communes resolve only from an operator's file)");
        }
        LetterReader reader = new LetterReader(new AddressResolver(gazetteer));
        List<GeneratedLetter> letters = new CorpusGenerator(SEED).generate(count);
        out.printf("understanding: %,d generated letters (seed %d), %d of them also as degraded scans%n%n",
                letters.size(), SEED, Math.min(scans, letters.size()));

        Map<String, double[]> columns = new LinkedHashMap<>();
        List<LetterDetails> truths = letters.stream().map(GeneratedLetter::details).toList();
        columns.put("clean", accuracy(truths, read(reader, letters.stream().map(GeneratedLetter::text).toList())));
        columns.put("no diacritics", accuracy(truths, read(reader,
                letters.stream().map(l -> VietnameseFolder.fold(l.text())).toList())));
        List<GeneratedLetter> scanned = spread(letters, scans);
        if (!scanned.isEmpty()) {
            List<String> ocrTexts = DegradedScans.ocr(scanned, out);
            List<LetterDetails> ocr = read(reader, ocrTexts);
            List<LetterDetails> scanTruths = scanned.stream().map(GeneratedLetter::details).toList();
            columns.put("scans (OCR)", accuracy(scanTruths, ocr));
            writeMisses(scanTruths, ocr, ocrTexts, out);
            // The OCR step does not turn pages fed sideways or upside down; this column leaves them out.
            List<Integer> upright = new ArrayList<>();
            for (int i = 0; i < scanned.size(); i++) {
                if (!DegradedScans.degradation(i).name().startsWith("ROTATED")) {
                    upright.add(i);
                }
            }
            columns.put("upright scans", accuracy(upright.stream().map(scanTruths::get).toList(), upright.stream().map(ocr::get).toList()));
        }
        print(columns, out);
        throughput(reader, letters, out);
    }

    private static List<LetterDetails> read(LetterReader reader, List<String> texts) {
        return texts.stream().map(reader::read).toList();
    }

    private static double[] accuracy(List<LetterDetails> truths, List<LetterDetails> read) {
        double[] scores = new double[FIELDS.size()];
        for (int f = 0; f < FIELDS.size(); f++) {
            int right = 0;
            for (int i = 0; i < truths.size(); i++) {
                if (FIELDS.get(f).correct().test(truths.get(i), read.get(i))) {
                    right++;
                }
            }
            scores[f] = truths.isEmpty() ? Double.NaN : (double) right / truths.size();
        }
        return scores;
    }

    private static void print(Map<String, double[]> columns, PrintStream out) {
        out.printf("%-22s", "field");
        columns.keySet().forEach(c -> out.printf("%15s", c));
        out.println();
        for (int f = 0; f < FIELDS.size(); f++) {
            out.printf("%-22s", FIELDS.get(f).name());
            for (double[] column : columns.values()) {
                out.printf("%15.3f", column[f]);
            }
            out.println();
        }
        out.println();
    }

    /**
     * Every field read wrong from a scan, with the truth, the value read and the OCR line it was read
     * from (or, when nothing was read, the lines of the letter where the truth should have been), into
     * a file beside the OCR cache: the material for an error analysis.
     */
    private static void writeMisses(List<LetterDetails> truths, List<LetterDetails> read, List<String> texts,
            PrintStream out) throws IOException {
        StringBuilder misses = new StringBuilder();
        int count = 0;
        for (int i = 0; i < truths.size(); i++) {
            for (Field field : FIELDS) {
                if (!field.correct().test(truths.get(i), read.get(i))) {
                    count++;
                    misses.append("#").append(i).append(' ').append(DegradedScans.degradation(i)).append(" | ").append(field.name())
                            .append(" | expected ").append(field.value().apply(truths.get(i)))
                            .append(" | read ").append(field.value().apply(read.get(i))).append('\n');
                    for (LetterDetails.Evidence e : read.get(i).evidence()) {
                        if (e.field().equals(field.evidence())) {
                            misses.append("    read from: ").append(line(texts.get(i), e.start(), e.end())).append('\n');
                        }
                    }
                }
            }
        }
        Path file = ScanTextCache.defaultFolder().resolve("misses.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, misses);
        out.printf("%d fields read wrong from scans, listed in %s%n%n", count, file);
    }

    /** The whole lines holding {@code [start, end)}. */
    private static String line(String text, int start, int end) {
        int from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int to = text.indexOf('\n', end);
        return text.substring(from, to < 0 ? text.length() : to).replace('\n', '⏎');
    }

    /** Reading alone, on the clean texts, after one pass to warm the JIT up. */
    private static void throughput(LetterReader reader, List<GeneratedLetter> letters, PrintStream out) {
        List<String> texts = letters.stream().map(GeneratedLetter::text).toList();
        read(reader, texts);
        long chars = texts.stream().mapToLong(String::length).sum();
        long start = System.nanoTime();
        int sink = 0;
        for (String text : texts) {
            sink += reader.read(text).evidence().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("extraction: %,.0f letters/s on one thread (%,.0f chars/s; %d evidence spans)%n",
                texts.size() / seconds, chars / seconds, sink);
    }

    /** {@code n} letters spread over the corpus, so each kind of matter has its chance. */
    private static List<GeneratedLetter> spread(List<GeneratedLetter> letters, int n) {
        List<GeneratedLetter> picked = new ArrayList<>();
        if (n <= 0) {
            return picked;
        }
        double step = Math.max(1.0, letters.size() / (double) n);
        for (double i = 0; i < letters.size() && picked.size() < n; i += step) {
            picked.add(letters.get((int) i));
        }
        return picked;
    }

    private static String province(LetterDetails details) {
        return details.locality() == null ? null : details.locality().provinceName();
    }

    /** The lowest unit the truth names (the commune, else the district) is the one read. */
    private static boolean sameLowestUnit(LetterDetails truth, LetterDetails read) {
        Locality t = truth.locality();
        Locality r = read.locality();
        if (t == null || r == null) {
            return t == r;
        }
        return t.communeName() != null ? sameName(t.communeName(), r.communeName()) : sameName(t.districtName(), r.districtName());
    }

    /** Names compared without diacritics and without the unit's kind ("Tỉnh Long An" is "Long An", "Phường 1" is "1"). */
    private static boolean sameName(String a, String b) {
        return a == null ? b == null : b != null && bare(a).equals(bare(b));
    }

    private static String bare(String name) {
        return UNIT_KIND.matcher(VietnameseFolder.fold(name).toLowerCase(java.util.Locale.ROOT).strip()).replaceFirst("");
    }

    private static final java.util.regex.Pattern UNIT_KIND = java.util.regex.Pattern.compile(
            "^(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\\s+");
}
