package vn.donthu.api.matter;

import java.time.LocalDate;
import java.util.List;
import vn.donthu.api.search.LetterHit.Place;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;
import vn.donthu.matter.Matter;
import vn.donthu.matter.MatterStatus;

/**
 * What every reader allowed to list matters may see of one: dates, counts, kinds, the administrative
 * units (never the address), the highest level reached, the due date, flags and status. Nothing here
 * names a person, and nothing of the matter's grouping keys is ever copied into it.
 */
public record MatterFacts(String id, LocalDate firstDate, LocalDate lastDate, int letterCount, int sendings, int peopleCount,
                          List<LetterKind> kinds, String subjectField, Place locality, RecipientLevel highestLevel,
                          LocalDate dueDate, List<String> flags, MatterStatus status) {

    static MatterFacts of(Matter m) {
        return new MatterFacts(m.id(), m.firstDate(), m.lastDate(), m.letterCount(), m.sendings(), m.peopleCount(), m.kinds(),
                m.subjectField(), Place.of(m.locality()), m.highestLevel(), m.dueDate(), m.flags(), m.status());
    }
}
