package vn.donthu.api.matter;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import vn.donthu.api.search.LetterHit.TextForm;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;
import vn.donthu.matter.Matter.Deadline;

/** One matter with its legal deadlines and its timeline of letters, oldest first. */
public record MatterDetail(@JsonUnwrapped MatterFacts matter, List<Deadline> deadlines, List<TimelineLetter> timeline) {

    /**
     * One letter of the timeline. {@code excerpt} is the beginning of the text the reader may see of
     * it ({@code textForm}: full, or with personal data masked); none for readers who see no text
     * (LEADER) and for letters not yet screened for personal data that the reader may not see in full.
     */
    public record TimelineLetter(String letterId, LocalDate date, String recipientName, RecipientLevel recipientLevel,
                                 List<LetterKind> kinds, TextForm textForm, String excerpt) {
    }
}
