package vn.donthu.ingest.corpus;

/**
 * One commune-level place, old and new.
 *
 * @param oldProvince the province in the 63-province list ("2008" codes)
 * @param district    its district before 2025-07-01
 * @param commune     its commune before 2025-07-01
 * @param newProvince the 34-province unit it belongs to since 2025-07-01
 * @param newCommune  the commune it belongs to since 2025-07-01
 * @param south       hamlets are "ấp" in the south, "thôn"/"xóm" elsewhere
 */
public record Place(Unit oldProvince, Unit district, Unit commune, Unit newProvince, Unit newCommune, boolean south) {

    /**
     * An administrative unit: {@code type} is how its name is introduced ("tỉnh", "thành phố",
     * "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"); {@code code} may be null where the
     * source does not know the official code.
     */
    public record Unit(String code, String type, String name) {

        /** "huyện Phú Bình". */
        public String full() {
            return type + " " + name;
        }
    }
}
