package vn.donthu.ingest.corpus;

import java.util.Random;
import vn.donthu.letter.LetterDetails.Locality;

/**
 * An address as a petitioner writes it: in the old style (commune, district, province) or the new
 * one (commune, province), sometimes abbreviated ("X. Tân Đức, H. Phú Bình, T. Thái Nguyên"),
 * sometimes without the province; and the locality it stands for.
 */
record Address(String text, String communeFull, String communeOnwards, Locality locality) {

    static Address of(Random r, Place p, String hamlet, boolean oldStyle) {
        boolean abbreviated = r.nextInt(5) == 0;
        boolean withoutProvince = r.nextInt(12) == 0;
        Place.Unit commune = oldStyle ? p.commune() : p.newCommune();
        Place.Unit province = oldStyle ? p.oldProvince() : p.newProvince();
        String communeText = name(commune, abbreviated);
        StringBuilder onwards = new StringBuilder(communeText);
        if (oldStyle) {
            onwards.append(", ").append(name(p.district(), abbreviated));
        }
        if (!withoutProvince) {
            onwards.append(", ").append(name(province, abbreviated));
        }
        String text = hamlet + ", " + onwards;
        Locality locality = oldStyle
                ? new Locality("2008", p.oldProvince().code(), p.oldProvince().name(), p.district().code(),
                        p.district().name(), p.commune().code(), p.commune().name(), p.newProvince().code(),
                        p.newProvince().name(), text)
                : new Locality("2025", p.newProvince().code(), p.newProvince().name(), null, null,
                        p.newCommune().code(), p.newCommune().name(), p.newProvince().code(), p.newProvince().name(), text);
        return new Address(text, commune.full(), onwards.toString(), locality);
    }

    /** "xã Tân Đức" or, abbreviated, "X. Tân Đức"; "thành phố Hồ Chí Minh" also as "TP. Hồ Chí Minh". */
    static String name(Place.Unit unit, boolean abbreviated) {
        if (!abbreviated) {
            return unit.full();
        }
        String abbreviation = switch (unit.type()) {
            case "xã" -> "X.";
            case "phường" -> "P.";
            case "thị trấn" -> "TT.";
            case "huyện" -> "H.";
            case "quận" -> "Q.";
            case "thị xã" -> "TX.";
            case "thành phố" -> "TP.";
            case "tỉnh" -> "T.";
            default -> unit.type();
        };
        return abbreviation + " " + unit.name();
    }
}
