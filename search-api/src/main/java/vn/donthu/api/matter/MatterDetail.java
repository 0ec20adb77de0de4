package vn.donthu.api.matter;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import vn.donthu.api.search.LetterHit.TextForm;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;
import vn.donthu.matter.Matter.Deadline;
import vn.donthu.matter.Matter.VisitEntry;

/** One matter with its legal deadlines, its timeline of letters and its visits (tiếp công dân), oldest first. */
public record MatterDetail(@JsonUnwrapped MatterFacts matter, List<Deadline> deadlines, List<TimelineLetter> timeline,
                           List<TimelineVisit> visits) {

    /**
     * One letter of the timeline. {@code excerpt} is the beginning of the text the reader may see of
     * it ({@code textForm}: full, or with personal data masked); none for readers who see no text
     * (LEADER) and for letters not yet screened for personal data that the reader may not see in full.
     */
    public record TimelineLetter(String letterId, LocalDate date, String recipientName, RecipientLevel recipientLevel,
                                 List<LetterKind> kinds, TextForm textForm, String excerpt) {
    }

    /**
     * One reception of the matter's people. The visitors' names, address and what they said stay in the
     * visits index: the timeline shows that they came, how many, and who received them.
     */
    public record TimelineVisit(LocalDate date, Integer peopleCount, boolean crowded, String receivedBy) {

        static TimelineVisit of(VisitEntry visit) {
            return new TimelineVisit(visit.date(), visit.peopleCount(), visit.crowded(), visit.receivedBy());
        }
    }
}
