package vn.donthu.api.matter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.donthu.api.access.PersonalDataPolicy;
import vn.donthu.api.access.Reader;
import vn.donthu.api.audit.AuditEvent;
import vn.donthu.api.audit.AuditTrail;
import vn.donthu.api.matter.MatterDetail.TimelineLetter;
import vn.donthu.api.search.LetterHit.TextForm;
import vn.donthu.api.search.query.TextFields;
import vn.donthu.letter.Letter;
import vn.donthu.matter.Matter;

/**
 * A matter's detail: its facts and deadlines, its visits without who came, and each letter of its timeline with a short excerpt
 * of the text the reader may see of that letter ({@link PersonalDataPolicy}). The letters whose
 * excerpts are shown are audited, with the identity disclosures among them.
 */
@Service
class MatterTimeline {

    static final int EXCERPT_CHARS = 240;

    private final Matters matters;
    private final MatterLetters letters;
    private final AuditTrail audit;

    MatterTimeline(Matters matters, MatterLetters letters, AuditTrail audit) {
        this.matters = matters;
        this.letters = letters;
        this.audit = audit;
    }

    MatterDetail detail(String id, Reader reader) {
        Matter matter = matters.get(id);
        Map<String, Letter> read = reader.readsLetters() ? letters.of(matter) : Map.of();
        List<TimelineLetter> timeline = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<String> disclosed = new ArrayList<>();
        for (Matter.TimelineEntry entry : matter.timeline()) {
            Letter letter = read.get(entry.letterId());
            TextForm form = null;
            String excerpt = null;
            if (letter != null) {
                boolean full = PersonalDataPolicy.textFor(reader, letter.details()) == TextFields.FULL;
                excerpt = excerpt(full ? letter.text() : letter.redactedText());
                if (excerpt != null) {
                    form = full ? TextForm.FULL : TextForm.REDACTED;
                    shown.add(letter.id());
                    if (PersonalDataPolicy.disclosesIdentity(reader, letter.details())) {
                        disclosed.add(letter.id());
                    }
                }
            }
            timeline.add(new TimelineLetter(entry.letterId(), entry.date(), entry.recipientName(), entry.recipientLevel(),
                    entry.kinds(), form, excerpt));
        }
        audit.record(AuditEvent.of("matter_read").filters(List.of("matter=" + id)).letters(shown).disclosed(disclosed)
                .count(timeline.size()));
        return new MatterDetail(MatterFacts.of(matter), matter.deadlines(), timeline,
                matter.visits().stream().map(MatterDetail.TimelineVisit::of).toList());
    }

    /** The beginning of {@code text}, on one line, cut at a word; null without text. */
    static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= EXCERPT_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', EXCERPT_CHARS);
        return line.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS) + " …";
    }
}
