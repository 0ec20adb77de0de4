package vn.donthu.api.export;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.donthu.api.search.LetterHit;

/** The columns of an export: what the reader could see of each hit, nothing more. */
final class ExportRows {

    static final List<String> HEADER = List.of("id", "text_form", "file_name", "source_path", "kinds", "subject_field",
            "letter_date", "received_date", "province", "district", "commune", "current_province", "recipient",
            "recipient_level", "crowded", "over_level", "signer_count", "matter_id", "petitioners", "snippet", "snippet_page");

    private ExportRows() {
    }

    static List<String> of(LetterHit hit) {
        LetterHit.Place place = hit.locality();
        return java.util.Arrays.asList(hit.id(), hit.textForm().name(), hit.fileName(), hit.sourcePath(),
                hit.kinds().stream().map(Enum::name).collect(Collectors.joining(" ")), hit.subjectField(),
                string(hit.letterDate()), string(hit.receivedDate()),
                place == null ? null : place.provinceName(), place == null ? null : place.districtName(),
                place == null ? null : place.communeName(), place == null ? null : place.currentProvinceName(),
                hit.recipient(), string(hit.recipientLevel()), string(hit.crowded()), string(hit.overLevel()),
                string(hit.signerCount()), hit.matterId(),
                hit.petitioners() == null ? null : String.join("; ", hit.petitioners()),
                hit.snippets().isEmpty() ? null : hit.snippets().get(0).plainText(),
                hit.snippets().isEmpty() ? null : string(hit.snippets().get(0).page()));
    }

    private static String string(Object value) {
        return Objects.toString(value, null);
    }
}
