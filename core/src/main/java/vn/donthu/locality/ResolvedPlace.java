package vn.donthu.locality;

import vn.donthu.letter.LetterDetails.Locality;

/**
 * The units an address was resolved to, all of one code list. {@code district} and {@code commune}
 * are null where the address does not name them or where its other parts cannot tell which one it
 * is; {@code district} is always null in the 2025 list.
 */
public record ResolvedPlace(CodeList codeList, AdminUnit province, AdminUnit district, AdminUnit commune,
                            AdminUnit currentProvince) {

    public Locality toLocality(String addressText) {
        return new Locality(codeList.label(),
                province.code(), province.fullName(),
                district == null ? null : district.code(), district == null ? null : district.fullName(),
                commune == null ? null : commune.code(), commune == null ? null : commune.fullName(),
                currentProvince == null ? null : currentProvince.code(),
                currentProvince == null ? null : currentProvince.fullName(),
                addressText);
    }
}
