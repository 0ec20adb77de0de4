package vn.donthu.locality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tab-separated gazetteer format (README, "Loading a full official list"):
 *
 * <pre>
 * code_list  level     code   name               province  district  aliases
 * 2008       province  19     Tỉnh Thái Nguyên
 * 2008       district  173    Huyện Phú Bình     19
 * 2008       commune   05890  Xã Tân Đức         19        173
 * 2025       commune          Xã Phú Bình        19
 * </pre>
 *
 * {@code name} is the official full name, whose first word(s) give the kind; {@code province} is the
 * code of the province in the same list; {@code district} is the code, or the name, of the district
 * of a 2008 commune; {@code aliases} are other names separated by {@code |}. Lines starting with
 * {@code #} and blank lines are skipped; parents come before their children.
 */
final class GazetteerFile {

    static final List<String> HEADER = List.of("code_list", "level", "code", "name", "province", "district", "aliases");

    private GazetteerFile() {
    }

    static void read(Path file, GazetteerBuilder builder) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(reader, file.toString(), builder);
        }
    }

    static void readResource(String resource, GazetteerBuilder builder) {
        try (InputStream in = GazetteerFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped gazetteer resource " + resource + " is missing");
            }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource, builder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(BufferedReader reader, String source, GazetteerBuilder builder) throws IOException {
        String line;
        int number = 0;
        boolean headerSeen = false;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(PlaceNames::nfc).toList();
            if (!headerSeen) {
                if (!cells.subList(0, Math.min(cells.size(), HEADER.size())).equals(HEADER)) {
                    throw new IllegalArgumentException(source + ":" + number + ": expected the header line "
                            + String.join("<TAB>", HEADER));
                }
                headerSeen = true;
                continue;
            }
            try {
                readUnit(cells, builder);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + number + ": " + e.getMessage(), e);
            }
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(source + ": empty gazetteer file (no header line)");
        }
    }

    private static void readUnit(List<String> cells, GazetteerBuilder builder) {
        if (cells.size() < 4) {
            throw new IllegalArgumentException("expected at least 4 tab-separated columns, found " + cells.size());
        }
        CodeList list = CodeList.of(cells.get(0));
        Level level = Level.of(cells.get(1));
        String code = emptyToNull(cells.get(2));
        String fullName = cells.get(3);
        UnitKind kind = UnitKind.ofFullName(level, fullName).orElseThrow(() -> new IllegalArgumentException(
                "the name '" + fullName + "' does not start with the kind of a " + level.label()));
        String name = fullName.substring(kind.prefix().length()).trim();
        GazetteerBuilder.Draft parent = level == Level.PROVINCE ? null : parent(list, level, cells, builder);
        List<String> aliases = cells.size() > 6 && !cells.get(6).isEmpty()
                ? Arrays.stream(cells.get(6).split("\\|")).map(String::trim).filter(a -> !a.isEmpty()).toList()
                : List.of();
        builder.add(list, kind, code, name, parent, aliases);
    }

    private static GazetteerBuilder.Draft parent(CodeList list, Level level, List<String> cells, GazetteerBuilder builder) {
        String provinceCode = cells.size() > 4 ? cells.get(4) : "";
        if (provinceCode.isEmpty()) {
            throw new IllegalArgumentException("a " + level.label() + " needs its province code");
        }
        GazetteerBuilder.Draft province = builder.byCode(list, Level.PROVINCE, provinceCode).orElseThrow(() ->
                new IllegalArgumentException("no province " + provinceCode + " in code list " + list.label()));
        if (level == Level.DISTRICT || !list.hasDistricts()) {
            return province;
        }
        String district = cells.size() > 5 ? cells.get(5) : "";
        if (district.isEmpty()) {
            throw new IllegalArgumentException("a commune of the 2008 list needs its district (code or name)");
        }
        return builder.district(province, district).orElseThrow(() ->
                new IllegalArgumentException("no district '" + district + "' in province " + provinceCode));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
