package vn.donthu.locality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the JSON exports of thanglequoc/vietnamese-provinces-database: before 2025 an array of
 * provinces with {@code District} arrays of districts with {@code Ward} arrays; from 2025 an array of
 * provinces with {@code Wards} directly. Every unit has {@code Code} and {@code FullName}.
 */
final class ThanglequocJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ThanglequocJson() {
    }

    static boolean looksLikeJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
            return c == '[';
        }
    }

    static void read(Path file, GazetteerBuilder builder) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (!root.isArray() || root.isEmpty()) {
            throw new IllegalArgumentException(file + ": expected a JSON array of provinces");
        }
        CodeList list = root.get(0).has("District") ? CodeList.V2008 : CodeList.V2025;
        for (JsonNode province : root) {
            GazetteerBuilder.Draft p = add(file, builder, list, Level.PROVINCE, province, null);
            if (list == CodeList.V2008) {
                for (JsonNode district : elements(province, "District")) {
                    GazetteerBuilder.Draft d = add(file, builder, list, Level.DISTRICT, district, p);
                    for (JsonNode ward : elements(district, "Ward")) {
                        add(file, builder, list, Level.COMMUNE, ward, d);
                    }
                }
            } else {
                for (JsonNode ward : elements(province, "Wards")) {
                    add(file, builder, list, Level.COMMUNE, ward, p);
                }
            }
        }
    }

    private static Iterable<JsonNode> elements(JsonNode node, String field) {
        JsonNode array = node.get(field);
        return array == null || array.isNull() ? List.of() : array;
    }

    private static GazetteerBuilder.Draft add(Path file, GazetteerBuilder builder, CodeList list, Level level,
                                              JsonNode node, GazetteerBuilder.Draft parent) {
        String code = node.path("Code").asText("");
        String fullName = PlaceNames.nfc(node.path("FullName").asText(""));
        UnitKind kind = UnitKind.ofFullName(level, fullName).orElseThrow(() -> new IllegalArgumentException(
                file + ": unit " + code + " '" + fullName + "' does not start with the kind of a " + level.label()));
        if (code.isEmpty()) {
            throw new IllegalArgumentException(file + ": unit '" + fullName + "' has no Code");
        }
        return builder.add(list, kind, code, fullName.substring(kind.prefix().length()).trim(), parent, List.of());
    }
}
