package vn.donthu.locality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects units from several sources into one gazetteer. A unit that is already known — by its code,
 * or by its kind and name under the same parent — is completed rather than repeated: an official
 * list loaded by the operator gives codes to the shipped districts and may rename them.
 */
final class GazetteerBuilder {

    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Draft> byCode = new HashMap<>();
    private final Map<String, Draft> byName = new HashMap<>();
    private final Map<String, Draft> districtByName = new HashMap<>();
    private final Map<String, String> mergedInto = new LinkedHashMap<>();

    /** Adds or completes a unit; returns it, so that its children can name it as parent. */
    Draft add(CodeList list, UnitKind kind, String code, String name, Draft parent, List<String> aliases) {
        if (kind.level() == Level.PROVINCE && code == null) {
            throw new IllegalArgumentException("province " + name + " has no code");
        }
        if (kind.level() != Level.PROVINCE && (parent == null || !parentLevelFits(list, kind.level(), parent.level()))) {
            throw new IllegalArgumentException(kind.prefix() + " " + name + " needs a "
                    + (list.hasDistricts() && kind.level() == Level.COMMUNE ? "district" : "province") + " as parent");
        }
        Draft draft = code == null ? null : byCode.get(codeKey(list, kind.level(), code));
        if (draft == null) {
            draft = byName.get(nameKey(list, kind, name, parent));
            if (draft != null && code != null && draft.code != null) {
                // Two communes of one name under one parent are two communes when their codes differ.
                draft = null;
            }
        }
        if (draft == null) {
            draft = new Draft(drafts.size(), list, kind, parent);
            drafts.add(draft);
        } else if (draft.name != null && !draft.name.equals(name)) {
            draft.aliases.add(draft.name);
        }
        draft.kind = kind;
        draft.name = name;
        if (code != null) {
            draft.code = code;
            byCode.put(codeKey(list, kind.level(), code), draft);
        }
        draft.aliases.addAll(aliases);
        draft.aliases.remove(name);
        byName.put(nameKey(list, kind, name, parent), draft);
        if (kind.level() == Level.DISTRICT) {
            // A commune line names its district by code, by name ("Phú Bình") or by full name.
            districtByName.putIfAbsent(parent.id + "|" + PlaceNames.key(name), draft);
            districtByName.putIfAbsent(parent.id + "|" + PlaceNames.key(draft.fullName()), draft);
        }
        return draft;
    }

    void merge(String oldProvinceCode, String newProvinceCode) {
        mergedInto.put(oldProvinceCode, newProvinceCode);
    }

    Optional<Draft> byCode(CodeList list, Level level, String code) {
        return Optional.ofNullable(byCode.get(codeKey(list, level, code)));
    }

    /** A district of {@code province} named by code or, when its code is unknown, by name. */
    Optional<Draft> district(Draft province, String codeOrName) {
        Optional<Draft> byItsCode = byCode(province.list, Level.DISTRICT, codeOrName);
        if (byItsCode.isPresent()) {
            return byItsCode;
        }
        return Optional.ofNullable(districtByName.get(province.id + "|" + PlaceNames.key(codeOrName)));
    }

    void addAll(Gazetteer gazetteer) {
        Map<AdminUnit, Draft> added = new HashMap<>();
        for (AdminUnit unit : gazetteer.units()) {
            added.put(unit, add(unit.codeList(), unit.kind(), unit.code(), unit.name(),
                    unit.parent() == null ? null : added.get(unit.parent()), unit.aliases()));
        }
        gazetteer.mergers().forEach(this::merge);
    }

    Gazetteer build() {
        Map<Draft, AdminUnit> built = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            build(draft, built);
        }
        return new Gazetteer(new ArrayList<>(built.values()), mergedInto);
    }

    private AdminUnit build(Draft draft, Map<Draft, AdminUnit> built) {
        AdminUnit unit = built.get(draft);
        if (unit == null) {
            AdminUnit parent = draft.parent == null ? null : build(draft.parent, built);
            unit = new AdminUnit(draft.list, draft.kind, draft.code, draft.name, parent, List.copyOf(draft.aliases));
            built.put(draft, unit);
        }
        return unit;
    }

    private static boolean parentLevelFits(CodeList list, Level level, Level parentLevel) {
        return level == Level.DISTRICT ? parentLevel == Level.PROVINCE && list.hasDistricts()
                : parentLevel == (list.hasDistricts() ? Level.DISTRICT : Level.PROVINCE);
    }

    private static String codeKey(CodeList list, Level level, String code) {
        return list.label() + "|" + level + "|" + code;
    }

    private static String nameKey(CodeList list, UnitKind kind, String name, Draft parent) {
        return list.label() + "|" + kind + "|" + PlaceNames.key(name) + "|" + (parent == null ? -1 : parent.id);
    }

    /** A unit while sources are still being read. */
    static final class Draft {
        private final int id;
        private final CodeList list;
        private final Draft parent;
        private final Set<String> aliases = new LinkedHashSet<>();
        private UnitKind kind;
        private String code;
        private String name;

        private Draft(int id, CodeList list, UnitKind kind, Draft parent) {
            this.id = id;
            this.list = list;
            this.kind = kind;
            this.parent = parent;
        }

        Level level() {
            return kind.level();
        }

        CodeList list() {
            return list;
        }

        private String fullName() {
            return kind.prefix() + " " + name;
        }
    }
}
