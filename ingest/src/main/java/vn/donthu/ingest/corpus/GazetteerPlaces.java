package vn.donthu.ingest.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.ingest.corpus.Place.Unit;
import vn.donthu.locality.AdminUnit;
import vn.donthu.locality.CodeList;
import vn.donthu.locality.Gazetteer;

/**
 * Places from the gazetteer: the authored places with the official codes the gazetteer knows for
 * their province, district and commune, and, when an operator's list gives the communes of the 63
 * provinces, a spread of those communes too (written in the old style only: the list does not say
 * which new commune absorbed each).
 */
public final class GazetteerPlaces implements PlaceSource {

    /** Communes taken from a full list for every authored place, so that authored places stay common. */
    private static final int LISTED_PER_AUTHORED = 3;

    private final List<Place> places;

    public GazetteerPlaces(Gazetteer gazetteer) {
        this(gazetteer, new AuthoredPlaces());
    }

    GazetteerPlaces(Gazetteer gazetteer, PlaceSource authored) {
        List<Place> list = new ArrayList<>();
        for (Place p : authored.places()) {
            list.add(withCodes(gazetteer, p));
        }
        List<AdminUnit> communes = gazetteer.provinces(CodeList.V2008).stream()
                .flatMap(province -> gazetteer.communesOf(province).stream()).toList();
        int wanted = LISTED_PER_AUTHORED * list.size();
        for (int i = 0; i < wanted && !communes.isEmpty(); i++) {
            // Evenly spread over the list, which runs province by province.
            AdminUnit commune = communes.get((int) ((long) i * communes.size() / wanted));
            listed(gazetteer, commune).ifPresent(list::add);
        }
        this.places = List.copyOf(list);
    }

    @Override
    public List<Place> places() {
        return places;
    }

    private static Place withCodes(Gazetteer g, Place p) {
        Optional<AdminUnit> oldProvince = g.province(CodeList.V2008, p.oldProvince().code());
        Optional<AdminUnit> district = oldProvince.flatMap(province -> named(g.districtsOf(province), p.district()));
        Optional<AdminUnit> commune = district.flatMap(d -> named(g.communesOf(d), p.commune()));
        Optional<AdminUnit> newProvince = g.province(CodeList.V2025, p.newProvince().code());
        Optional<AdminUnit> newCommune = p.newCommune() == null ? Optional.empty()
                : newProvince.flatMap(province -> named(g.communesOf(province), p.newCommune()));
        return new Place(p.oldProvince(), coded(p.district(), district), coded(p.commune(), commune),
                p.newProvince(), p.newCommune() == null ? null : coded(p.newCommune(), newCommune), p.south());
    }

    /** A commune of the 2008 list as a place, with the 34-province unit it belongs to now. */
    private static Optional<Place> listed(Gazetteer g, AdminUnit commune) {
        AdminUnit district = commune.parent();
        AdminUnit province = commune.province();
        // Province codes from 70 on are the south-east and the Mekong delta, where hamlets are "ấp".
        return g.currentProvinceOf(commune).map(current -> new Place(unit(province), unit(district), unit(commune),
                unit(current), null, province.code().compareTo("70") >= 0));
    }

    private static Unit unit(AdminUnit u) {
        return new Unit(u.code(), u.kind().prefix().toLowerCase(Locale.ROOT), u.name());
    }

    private static Unit coded(Unit authored, Optional<AdminUnit> found) {
        return found.map(u -> new Unit(u.code(), authored.type(), authored.name())).orElse(authored);
    }

    /** The unit of that name, however its tone marks are placed ("Hòa" or "Hoà"). */
    private static Optional<AdminUnit> named(List<AdminUnit> units, Unit wanted) {
        String key = key(wanted.name());
        List<AdminUnit> matches = units.stream().filter(u -> key(u.name()).equals(key)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static String key(String name) {
        return VietnameseFolder.fold(name).toLowerCase(Locale.ROOT);
    }
}
