package vn.donthu.locality;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.analysis.orthography.Tone;
import vn.donthu.analysis.orthography.VietnameseLetters;
import vn.donthu.letter.LetterDetails.Locality;

/**
 * {@code ./donthu bench locality}: addresses sampled from the official lists (fixed seed), written in
 * the styles petitioners use, resolved with the shipped gazetteer alone and with the official lists
 * loaded as the operator's file. Prints the share of addresses whose province, district and commune
 * were resolved right, and the share resolved wrong (a wrong answer is worse than none).
 */
public final class LocalityBenchmark {

    private static final int ADDRESSES_PER_STYLE = 1000;
    private static final long SEED = 20250701L;
    private static final LocalDate OLD_DATE = LocalDate.of(2021, 3, 12);
    private static final LocalDate NEW_DATE = LocalDate.of(2026, 2, 3);
    private static final List<String> BELOW_COMMUNE = List.of(
            "", "thôn Đông, ", "xóm 5, ", "tổ 12, ", "số 45 đường Lê Lợi, ", "ấp Tân Thành, ", "khu phố 3, ",
            "số 7 ngõ 12 phố Trần Phú, ", "bản Nà Lừa, ", "tổ dân phố Hòa Bình, ");

    /** A place sampled from the official lists: the answer the resolver should give. */
    private record Truth(CodeList list, AdminUnit province, AdminUnit district, AdminUnit commune) {
    }

    /** One way of writing an address. */
    private record Style(String name, CodeList list, boolean hasDistrict, Function<Truth, String> writer) {
    }

    private LocalityBenchmark() {
    }

    public static void run(Path reference, PrintStream out) throws IOException {
        Path units = reference.resolve("admin-units");
        Path pre = units.resolve("units-pre2025.json");
        Path post = units.resolve("units-post2025.json");
        if (!Files.isRegularFile(pre) || !Files.isRegularFile(post)) {
            throw new IllegalArgumentException("the official lists are not in " + units
                    + " (units-pre2025.json, units-post2025.json)");
        }
        Gazetteer shipped = Gazetteer.shipped();
        Gazetteer official = Gazetteer.load(pre).with(Gazetteer.load(post));
        Random random = new Random(SEED);
        Map<Style, List<Truth>> samples = new LinkedHashMap<>();
        for (Style style : styles()) {
            samples.put(style, sample(official, style, random));
        }
        out.printf("locality: %d addresses per style, seed %d, sampled from %s%n", ADDRESSES_PER_STYLE, SEED, units);
        out.println("  right = share of addresses resolved to the right unit (province: right code list and code);");
        out.println("  err = share resolved to a wrong one; the rest were left unresolved. current = the right 34-province"
                + " unit. District columns count the old styles only; communes come only from an official list.");
        for (Map.Entry<String, Gazetteer> gazetteer : Map.of(
                "shipped gazetteer only", shipped, "shipped + official lists as operator file", official).entrySet()
                .stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).toList()) {
            report(gazetteer.getKey(), new AddressResolver(gazetteer.getValue()), samples, out);
        }
    }

    private static void report(String title, AddressResolver resolver, Map<Style, List<Truth>> samples, PrintStream out) {
        out.printf("%n%s%n", title);
        out.printf("  %-22s %9s %9s %9s %9s %9s %9s %9s%n", "style", "province", "prov.err", "current",
                "district", "dist.err", "commune", "comm.err");
        Score total = new Score();
        long started = System.nanoTime();
        for (Map.Entry<Style, List<Truth>> entry : samples.entrySet()) {
            Style style = entry.getKey();
            Score score = new Score();
            for (Truth truth : entry.getValue()) {
                String address = style.writer.apply(truth);
                Locality locality = resolver.resolve(address, style.list == CodeList.V2008 ? OLD_DATE : NEW_DATE).orElse(null);
                score.add(truth, locality, resolver);
            }
            total.addAll(score);
            out.printf("  %-22s %s%n", style.name, score.row());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("  %-22s %s%n", "all", total.row());
        out.printf("  district or commune (district for old addresses, commune for new ones): %.3f right, %.3f wrong%n",
                total.ratio(total.finestRight), total.ratio(total.finestWrong));
        out.printf("  %.0f addresses/s%n", total.count / seconds);
    }

    private static List<Style> styles() {
        return List.of(
                new Style("full", CodeList.V2008, true, t -> prefix(t) + t.commune.fullName() + ", "
                        + t.district.fullName() + ", " + t.province.fullName()),
                new Style("abbreviated", CodeList.V2008, true, t -> prefix(t) + abbreviated(t.commune) + ", "
                        + abbreviated(t.district) + ", " + abbreviated(t.province)),
                new Style("no diacritics", CodeList.V2008, true, t -> folded(prefix(t) + lower(t.commune) + ", "
                        + lower(t.district) + ", " + lower(t.province))),
                new Style("OCR diacritics", CodeList.V2008, true, t -> misreadMarks(prefix(t) + lower(t.commune)
                        + ", " + lower(t.district) + ", " + lower(t.province), t)),
                new Style("run-on, no diacritics", CodeList.V2008, true, t -> folded(lower(t.commune) + " "
                        + lower(t.district) + " " + lower(t.province))),
                new Style("missing district", CodeList.V2008, true, t -> prefix(t) + lower(t.commune) + ", "
                        + lower(t.province)),
                new Style("missing province", CodeList.V2008, true, t -> prefix(t) + lower(t.commune) + ", "
                        + lower(t.district)),
                new Style("new style", CodeList.V2025, false, t -> prefix(t) + lower(t.commune) + ", "
                        + t.province.fullName()),
                new Style("new, no diacritics", CodeList.V2025, false, t -> folded(prefix(t) + abbreviated(t.commune)
                        + " " + abbreviated(t.province))));
    }

    private static List<Truth> sample(Gazetteer official, Style style, Random random) {
        List<AdminUnit> communes = official.units().stream()
                .filter(u -> u.codeList() == style.list && u.level() == Level.COMMUNE)
                .toList();
        List<Truth> truths = new ArrayList<>();
        for (int i = 0; i < ADDRESSES_PER_STYLE; i++) {
            AdminUnit commune = communes.get(random.nextInt(communes.size()));
            truths.add(new Truth(style.list, commune.province(),
                    style.hasDistrict ? commune.parent() : null, commune));
        }
        return truths;
    }

    /** The part below the commune, chosen from the commune's code so that each style writes it alike. */
    private static String prefix(Truth truth) {
        return BELOW_COMMUNE.get(Math.floorMod(Objects.hash(truth.commune.code()), BELOW_COMMUNE.size()));
    }

    private static String lower(AdminUnit unit) {
        return unit.kind().prefix().toLowerCase(Locale.ROOT) + " " + unit.name();
    }

    private static String abbreviated(AdminUnit unit) {
        String abbreviation = switch (unit.kind()) {
            case TINH -> "T.";
            case THANH_PHO_TRUC_THUOC_TRUNG_UONG, THANH_PHO_THUOC_TINH -> "TP.";
            case QUAN -> "Q.";
            case HUYEN -> "H.";
            case THI_XA -> "TX.";
            case PHUONG -> "P.";
            case XA -> "X.";
            case THI_TRAN -> "TT.";
            case DAC_KHU -> "đặc khu";
        };
        return abbreviation + " " + unit.name();
    }

    /**
     * Tone marks as OCR misreads them: on about a third of the toned vowels the tone is replaced by
     * another or lost, as happens with small print and poor scans. Seeded by the commune's code.
     */
    private static String misreadMarks(String text, Truth truth) {
        Random random = new Random(Objects.hash(truth.commune.code()));
        Tone[] tones = Tone.values();
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean misread = VietnameseLetters.isVowel(c) && VietnameseLetters.toneOf(c) != Tone.NGANG
                    && random.nextInt(3) == 0;
            out.append(misread ? VietnameseLetters.withTone(VietnameseLetters.withoutTone(c),
                    tones[random.nextInt(tones.length)]) : c);
        }
        return out.toString();
    }

    private static String folded(String text) {
        return VietnameseFolder.fold(text);
    }

    /** Counts of right and wrong answers per level. */
    private static final class Score {
        private int count;
        private int provinceRight;
        private int provinceWrong;
        private int currentRight;
        private int districtCount;
        private int districtRight;
        private int districtWrong;
        private int communeRight;
        private int communeWrong;
        private int finestRight;
        private int finestWrong;

        void add(Truth truth, Locality locality, AddressResolver resolver) {
            count++;
            if (truth.district != null) {
                districtCount++;
            }
            if (locality == null) {
                return;
            }
            boolean province = truth.list.label().equals(locality.codeList())
                    && truth.province.code().equals(locality.provinceCode());
            provinceRight += province ? 1 : 0;
            provinceWrong += province ? 0 : 1;
            String current = truth.list == CodeList.V2025 ? truth.province.code()
                    : Gazetteer.shipped().mergers().get(truth.province.code());
            currentRight += current.equals(locality.currentProvinceCode()) ? 1 : 0;
            Boolean district = truth.district == null || locality.districtName() == null ? null
                    : province && sameDistrict(truth.district, locality.districtName());
            if (district != null) {
                districtRight += district ? 1 : 0;
                districtWrong += district ? 0 : 1;
            }
            Boolean commune = locality.communeCode() == null ? null
                    : province && truth.commune.code().equals(locality.communeCode());
            if (commune != null) {
                communeRight += commune ? 1 : 0;
                communeWrong += commune ? 0 : 1;
            }
            Boolean finest = truth.district != null ? district : commune;
            if (finest != null) {
                finestRight += finest ? 1 : 0;
                finestWrong += finest ? 0 : 1;
            }
        }

        void addAll(Score other) {
            count += other.count;
            provinceRight += other.provinceRight;
            provinceWrong += other.provinceWrong;
            currentRight += other.currentRight;
            districtCount += other.districtCount;
            districtRight += other.districtRight;
            districtWrong += other.districtWrong;
            communeRight += other.communeRight;
            communeWrong += other.communeWrong;
            finestRight += other.finestRight;
            finestWrong += other.finestWrong;
        }

        double ratio(int part) {
            return count == 0 ? 0 : (double) part / count;
        }

        String row() {
            double districts = Math.max(1, districtCount);
            return String.format(Locale.ROOT, "%9.3f %9.3f %9.3f %9s %9s %9.3f %9.3f",
                    ratio(provinceRight), ratio(provinceWrong), ratio(currentRight),
                    districtCount == 0 ? "-" : String.format(Locale.ROOT, "%.3f", districtRight / districts),
                    districtCount == 0 ? "-" : String.format(Locale.ROOT, "%.3f", districtWrong / districts),
                    ratio(communeRight), ratio(communeWrong));
        }

        /** The same district, whatever its kind is called: the shipped list may predate an upgrade. */
        private static boolean sameDistrict(AdminUnit expected, String actualFullName) {
            String actual = UnitKind.ofFullName(Level.DISTRICT, actualFullName)
                    .map(kind -> actualFullName.substring(kind.prefix().length())).orElse(actualFullName);
            return PlaceNames.key(expected.name()).equals(PlaceNames.key(actual));
        }
    }
}
