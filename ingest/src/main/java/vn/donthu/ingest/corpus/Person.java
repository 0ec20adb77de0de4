package vn.donthu.ingest.corpus;

/**
 * A petitioner as the generator knows them.
 *
 * @param identityNumber a 12-digit CCCD or, for older letters, a 9-digit CMND
 * @param phone          ten digits
 */
record Person(String name, boolean female, int birthYear, String identityNumber, String phone, String hamlet) {

    /** "ông" or "bà", as a person is referred to in a letter. */
    String title() {
        return female ? "bà" : "ông";
    }
}
