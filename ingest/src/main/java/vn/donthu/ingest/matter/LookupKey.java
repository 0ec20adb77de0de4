package vn.donthu.ingest.matter;

/**
 * A key a matter is found by, with how much sharing it counts when candidates are ranked: an LSH band
 * of the text is weak evidence (letters on one topic share a few), a petitioner, parcel, cited
 * document or accused person is strong.
 */
record LookupKey(Kind kind, String value) {

    enum Kind {
        BAND("grouping.band_keys", 1),
        NAME("grouping.name_keys", 8),
        PARCEL("grouping.parcel_keys", 6),
        DOCUMENT("grouping.document_keys", 4),
        ACCUSED("grouping.accused_keys", 4);

        /** The keyword field of the matters index that holds keys of this kind. */
        final String field;
        final int weight;

        Kind(String field, int weight) {
            this.field = field;
            this.weight = weight;
        }
    }
}
