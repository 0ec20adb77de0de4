package vn.donthu.locality;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an administrative unit is called, which is also the word its official full name starts with
 * ("Huyện Phú Bình"). "Thành phố" names two kinds: a city directly under the central government at
 * province level, and a city of a province at district level.
 */
public enum UnitKind {
    TINH("Tỉnh", Level.PROVINCE),
    THANH_PHO_TRUC_THUOC_TRUNG_UONG("Thành phố", Level.PROVINCE),
    QUAN("Quận", Level.DISTRICT),
    HUYEN("Huyện", Level.DISTRICT),
    THI_XA("Thị xã", Level.DISTRICT),
    THANH_PHO_THUOC_TINH("Thành phố", Level.DISTRICT),
    PHUONG("Phường", Level.COMMUNE),
    XA("Xã", Level.COMMUNE),
    THI_TRAN("Thị trấn", Level.COMMUNE),
    DAC_KHU("Đặc khu", Level.COMMUNE);

    private final String prefix;
    private final Level level;

    UnitKind(String prefix, Level level) {
        this.prefix = prefix;
        this.level = level;
    }

    /** The word the official full name starts with. */
    public String prefix() {
        return prefix;
    }

    public Level level() {
        return level;
    }

    /** The kind a full name of this level starts with, if it starts with one. */
    public static Optional<UnitKind> ofFullName(Level level, String fullName) {
        String name = Normalizer.normalize(fullName.trim(), Normalizer.Form.NFC);
        return Arrays.stream(values())
                .filter(kind -> kind.level == level)
                .filter(kind -> name.regionMatches(true, 0, kind.prefix, 0, kind.prefix.length())
                        && name.length() > kind.prefix.length() && name.charAt(kind.prefix.length()) == ' ')
                .findFirst();
    }
}
