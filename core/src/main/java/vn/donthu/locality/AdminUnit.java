package vn.donthu.locality;

import java.util.List;

/**
 * A province, district or commune of one code list.
 *
 * @param code    the official code in {@code codeList}; null for a district of the shipped gazetteer
 *                whose code is not known
 * @param name    the proper name without its kind, in NFC with diacritics ("Phú Bình")
 * @param parent  the province of a district or of a 2025 commune, the district of a 2008 commune;
 *                null for a province
 * @param aliases other names people write for it ("Sài Gòn", "Thừa Thiên Huế")
 */
public record AdminUnit(CodeList codeList, UnitKind kind, String code, String name, AdminUnit parent,
                        List<String> aliases) {

    public AdminUnit {
        aliases = List.copyOf(aliases);
    }

    public Level level() {
        return kind.level();
    }

    /** The official full name: "Huyện Phú Bình". */
    public String fullName() {
        return kind.prefix() + " " + name;
    }

    public AdminUnit province() {
        return parent == null ? this : parent.province();
    }

    @Override
    public String toString() {
        return codeList.label() + ":" + (code == null ? "?" : code) + " " + fullName()
                + (parent == null ? "" : ", " + parent);
    }
}
