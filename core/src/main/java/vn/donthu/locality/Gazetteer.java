package vn.donthu.locality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.donthu.config.Settings;

/**
 * The administrative units of Vietnam in both code lists — 63 provinces with their districts until
 * 2025-06-30, 34 provinces from 2025-07-01 — and the 2025 merger table that maps each old province to
 * the new one it is part of.
 *
 * <p>The shipped gazetteer has every province of both lists and the districts of the 63 provinces;
 * communes come from an official list the operator loads ({@link #installed(Settings)}).
 */
public final class Gazetteer {

    /** The setting naming the operator's official list (env {@code DONTHU_GAZETTEER_FILE}). */
    public static final String FILE_SETTING = "donthu.gazetteer.file";

    private static final String RESOURCES = "/vn/donthu/locality/";
    private static volatile Gazetteer shipped;

    private final List<AdminUnit> units;
    private final Map<String, String> mergedInto;
    private final Map<AdminUnit, List<AdminUnit>> children = new HashMap<>();
    private final Map<String, AdminUnit> byCode = new HashMap<>();
    private final Map<String, List<AdminUnit>> byNameKey = new HashMap<>();

    Gazetteer(List<AdminUnit> units, Map<String, String> mergedInto) {
        this.units = List.copyOf(units);
        this.mergedInto = Collections.unmodifiableMap(new LinkedHashMap<>(mergedInto));
        for (AdminUnit unit : this.units) {
            if (unit.parent() != null) {
                children.computeIfAbsent(unit.parent(), p -> new ArrayList<>()).add(unit);
            }
            if (unit.code() != null) {
                byCode.put(codeKey(unit.codeList(), unit.level(), unit.code()), unit);
            }
            index(PlaceNames.key(unit.name()), unit);
            unit.aliases().forEach(alias -> index(PlaceNames.key(alias), unit));
        }
    }

    /** The gazetteer that ships with donthu: provinces of both lists, the merger table, districts. */
    public static Gazetteer shipped() {
        Gazetteer result = shipped;
        if (result == null) {
            GazetteerBuilder builder = new GazetteerBuilder();
            for (String resource : List.of("provinces.tsv", "districts-2008.tsv")) {
                GazetteerFile.readResource(RESOURCES + resource, builder);
            }
            MergerTable.readResource(RESOURCES + "merger-2025.tsv", builder);
            result = builder.build();
            shipped = result;
        }
        return result;
    }

    /**
     * The shipped gazetteer completed by an official list from a file: the tab-separated format of the
     * README ("Loading a full official list"), or the JSON of thanglequoc/vietnamese-provinces-database
     * (either list), told apart by content. The file is read over the shipped units so that it may name
     * a province or district as parent without listing it.
     */
    public static Gazetteer load(Path file) throws IOException {
        GazetteerBuilder builder = new GazetteerBuilder();
        builder.addAll(shipped());
        if (ThanglequocJson.looksLikeJson(file)) {
            ThanglequocJson.read(file, builder);
        } else {
            GazetteerFile.read(file, builder);
        }
        return builder.build();
    }

    /**
     * The shipped gazetteer, completed by the operator's file when {@value #FILE_SETTING} names one.
     * Reads the file on every call (an official list takes seconds): call it once and keep the result.
     */
    public static Gazetteer installed(Settings settings) {
        Optional<String> file = settings.get(FILE_SETTING);
        if (file.isEmpty()) {
            return shipped();
        }
        try {
            return load(Path.of(file.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer file " + file.get()
                    + " named by " + FILE_SETTING + ": " + e.getMessage(), e);
        }
    }

    /** This gazetteer completed by {@code other}: its codes, names and units win where both know a unit. */
    public Gazetteer with(Gazetteer other) {
        GazetteerBuilder builder = new GazetteerBuilder();
        builder.addAll(this);
        builder.addAll(other);
        return builder.build();
    }

    public List<AdminUnit> units() {
        return units;
    }

    public List<AdminUnit> provinces(CodeList list) {
        return units.stream().filter(u -> u.codeList() == list && u.level() == Level.PROVINCE).toList();
    }

    public Optional<AdminUnit> province(CodeList list, String code) {
        return Optional.ofNullable(byCode.get(codeKey(list, Level.PROVINCE, code)));
    }

    /** The districts of a province of the 2008 list; none for a 2025 province. */
    public List<AdminUnit> districtsOf(AdminUnit province) {
        return childrenOf(province).stream().filter(u -> u.level() == Level.DISTRICT).toList();
    }

    /** The communes of a district, or of a province (through its districts in the 2008 list). */
    public List<AdminUnit> communesOf(AdminUnit unit) {
        if (unit.level() == Level.DISTRICT || !unit.codeList().hasDistricts()) {
            return childrenOf(unit).stream().filter(u -> u.level() == Level.COMMUNE).toList();
        }
        return districtsOf(unit).stream().flatMap(d -> communesOf(d).stream()).toList();
    }

    /** The 34-province unit a place belongs to now. */
    public Optional<AdminUnit> currentProvinceOf(AdminUnit unit) {
        AdminUnit province = unit.province();
        if (province.codeList() == CodeList.V2025) {
            return Optional.of(province);
        }
        return Optional.ofNullable(mergedInto.get(province.code())).flatMap(code -> province(CodeList.V2025, code));
    }

    /** The provinces of the 63 that form a province of the 34. */
    public List<AdminUnit> formerProvincesOf(AdminUnit province) {
        return mergedInto.entrySet().stream()
                .filter(e -> e.getValue().equals(province.code()) && province.codeList() == CodeList.V2025)
                .map(e -> province(CodeList.V2008, e.getKey()).orElseThrow())
                .toList();
    }

    /** Old province code → new province code. */
    public Map<String, String> mergers() {
        return mergedInto;
    }

    /** Units whose name or alias has this key ({@link PlaceNames#key}). */
    List<AdminUnit> named(String key) {
        return byNameKey.getOrDefault(key, List.of());
    }

    private List<AdminUnit> childrenOf(AdminUnit unit) {
        return children.getOrDefault(unit, List.of());
    }

    private void index(String key, AdminUnit unit) {
        List<AdminUnit> list = byNameKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(unit)) {
            list.add(unit);
        }
    }

    private static String codeKey(CodeList list, Level level, String code) {
        return list.label() + "|" + level + "|" + code;
    }
}
