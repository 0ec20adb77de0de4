package vn.donthu.ingest.matter;

import java.util.List;
import java.util.Map;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterFields;
import vn.donthu.matter.Matter;

/**
 * What a letter carries of its matter ({@code matter_id}, {@code matter_flags}, {@code matter_status}),
 * so that letters can be filtered by their matter's state without a join.
 */
record LetterMatterState(String matterId, List<String> matterFlags, String matterStatus) {

    static final LetterMatterState NONE = new LetterMatterState(null, List.of(), null);

    LetterMatterState {
        matterFlags = matterFlags == null ? List.of() : List.copyOf(matterFlags);
    }

    /** The state every letter of the matter should carry. */
    static LetterMatterState of(Matter matter) {
        return new LetterMatterState(matter.id(), matter.flags(), matter.status() == null ? null : matter.status().name());
    }

    /** The letter carrying this state, to be indexed with it. */
    Letter carriedBy(Letter letter) {
        return letter.inMatter(matterId, matterFlags, matterStatus);
    }

    /** The partial update that writes this state onto a letter. */
    Map<String, Object> asUpdate() {
        return Map.of(LetterFields.MATTER_ID, matterId, LetterFields.MATTER_FLAGS, matterFlags,
                LetterFields.MATTER_STATUS, matterStatus);
    }
}
