package vn.donthu.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterDetails.CitedDocument;
import vn.donthu.letter.LetterDetails.Evidence;
import vn.donthu.letter.LetterDetails.PersonalIdentifier;
import vn.donthu.letter.LetterDetails.TextSpan;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;

/** The generated letters say what their ground truth says, and every kind of letter turns up. */
class CorpusGeneratorTest {

    private static final List<GeneratedLetter> LETTERS = new CorpusGenerator(42).generate(3000);
    private static final Pattern DATE = Pattern.compile(
            "(?:ngày )?(\\d{1,2})(?: tháng |[/-])(\\d{1,2})(?: năm |[/-])(\\d{4})");
    private static final Pattern SIGNER_LINE = Pattern.compile("(?m)^(\\d+)\\. ([^,]+), sinh năm (\\d{4}), ");

    @Test
    void theSameSeedGivesTheSameLettersAndAnotherSeedOthers() {
        assertThat(new CorpusGenerator(42).generate(300)).isEqualTo(LETTERS.subList(0, 300));
        assertThat(new CorpusGenerator(43).generate(50)).doesNotContainAnyElementsOf(LETTERS.subList(0, 50));
    }

    @Test
    void aMatterIsTheSameWhateverWasGeneratedBeforeIt() {
        CorpusGenerator generator = new CorpusGenerator(42);
        GeneratedLetter late = LETTERS.get(LETTERS.size() - 1);
        long matter = Long.parseLong(late.matterId().substring(1));
        assertThat(generator.matterLetters(matter)).contains(late);
    }

    @Test
    void everyKindSubjectFieldAndSpecialCaseTurnsUp() {
        assertThat(LETTERS.stream().flatMap(l -> l.details().kinds().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(LetterKind.values());
        Set<String> complaintSubjects = subjects(LetterKind.KHIEU_NAI);
        Set<String> denunciationSubjects = subjects(LetterKind.TO_CAO);
        assertThat(complaintSubjects).contains("dat_dai", "nha_tai_san", "che_do_chinh_sach", "tu_phap", "dang", "khac");
        assertThat(denunciationSubjects).contains("hanh_chinh", "tu_phap", "tham_nhung", "dang", "khac");
        assertThat(share(l -> mainKind(l) == LetterKind.KHIEU_NAI && l.details().subjectField().equals("dat_dai"))
                / share(l -> mainKind(l) == LetterKind.KHIEU_NAI)).isBetween(0.5, 0.7);

        assertThat(share(l -> l.details().kinds().size() > 1)).isBetween(0.05, 0.2);
        assertThat(share(l -> l.details().anonymous())).isBetween(0.02, 0.15);
        assertThat(share(l -> l.details().crowded())).isBetween(0.05, 0.3);
        assertThat(share(LetterDetails::overLevel, true)).isBetween(0.1, 0.6);
        assertThat(LETTERS.stream().map(l -> l.details().recipient().level()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RecipientLevel.values());
        assertThat(LETTERS.stream().map(l -> l.details().locality().codeList()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("2008", "2025");
        for (String vague : List.of("ĐƠN ĐỀ NGHỊ", "ĐƠN KÊU CỨU", "ĐƠN TRÌNH BÀY")) {
            assertThat(LETTERS).anyMatch(l -> l.text().contains("\n" + vague + "\n"));
        }
        assertThat(LETTERS).anyMatch(l -> l.text().contains("X. ") && l.text().contains(", H. "));
        assertThat(LETTERS).anyMatch(l -> l.text().contains("TP. "));
    }

    @Test
    void lettersAreNfcAndTheirSpansPointAtWhatTheySay() {
        for (GeneratedLetter letter : LETTERS) {
            String text = letter.text();
            LetterDetails d = letter.details();
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            Set<String> names = d.petitioners().stream().map(LetterDetails.Petitioner::name).collect(Collectors.toSet());
            Set<String> addresses = d.petitioners().stream().map(LetterDetails.Petitioner::address).collect(Collectors.toSet());
            Set<String> identifiers = d.identifiers().stream().map(PersonalIdentifier::value).collect(Collectors.toSet());
            for (TextSpan span : d.personalData()) {
                String said = text.substring(span.start(), span.end());
                switch (span.kind()) {
                    case "name" -> assertThat(names).as(letter.id()).contains(said);
                    // A signer list gives the hamlet only, the first part of the address.
                    case "address" -> assertThat(addresses).as(letter.id()).anyMatch(a -> a.startsWith(said));
                    default -> assertThat(identifiers).as(letter.id()).contains(said.replaceAll("\\D", ""));
                }
            }
            assertThat(d.personalData().stream().map(TextSpan::kind).filter(k -> !k.equals("name") && !k.equals("address")))
                    .hasSize(d.identifiers().size());
            if (d.anonymous()) {
                assertThat(d.personalData()).isEmpty();
                assertThat(d.signerCount()).isZero();
            }
            for (Evidence e : d.evidence()) {
                String said = text.substring(e.start(), e.end());
                switch (e.field()) {
                    case "letter_date" -> assertThat(parse(said)).isEqualTo(d.letterDate());
                    case "recipient" -> assertThat(said).isEqualTo(d.recipient().name());
                    case "address" -> assertThat(said).isEqualTo(d.locality().addressText());
                    case "kinds" -> assertThat(said).matches("(ĐƠN|THƯ) .+");
                    default -> throw new AssertionError("unexpected evidence " + e);
                }
            }
        }
    }

    @Test
    void citedDocumentsParcelsAndAccusedAreInTheText() {
        for (GeneratedLetter letter : LETTERS) {
            LetterDetails d = letter.details();
            for (CitedDocument doc : d.citedDocuments()) {
                assertThat(letter.text()).as(letter.id()).contains(" số " + doc.number() + " ngày ");
            }
            for (LetterDetails.LandParcel parcel : d.parcels()) {
                assertThat(letter.text()).contains("thửa đất số " + parcel.parcel() + ", tờ bản đồ số " + parcel.mapSheet());
            }
            for (String accused : d.accused()) {
                assertThat(letter.text()).as(letter.id()).contains(accused);
            }
            assertThat(letter.text()).contains(d.locality().addressText());
        }
    }

    @Test
    void aSignerListNamesAsManyPeopleAsTheSignerCount() {
        List<GeneratedLetter> groups = LETTERS.stream().filter(l -> l.text().contains("\nDANH SÁCH ")).toList();
        assertThat(groups).isNotEmpty();
        for (GeneratedLetter letter : groups) {
            String list = letter.text().substring(letter.text().indexOf("\nDANH SÁCH "));
            Matcher m = SIGNER_LINE.matcher(list);
            List<String> signers = new java.util.ArrayList<>();
            while (m.find()) {
                signers.add(m.group(2));
            }
            assertThat(signers).hasSize(letter.details().signerCount());
            assertThat(signers).containsExactlyElementsOf(
                    letter.details().petitioners().stream().map(LetterDetails.Petitioner::name).toList());
            assertThat(letter.details().crowded()).isEqualTo(signers.size() >= 5);
        }
    }

    @Test
    void mattersComeAsSeriesSentToSeveralBodiesAndAcrossTheReorganisation() {
        Map<String, List<GeneratedLetter>> byMatter = LETTERS.stream()
                .collect(Collectors.groupingBy(GeneratedLetter::matterId));
        assertThat(byMatter.values()).anyMatch(letters -> letters.size() >= 5);
        // The same letter to several bodies on one day: same body text, other recipient.
        assertThat(byMatter.values()).anyMatch(letters -> letters.stream().anyMatch(a -> letters.stream().anyMatch(b ->
                a != b && a.details().letterDate() != null && a.details().letterDate().equals(b.details().letterDate())
                        && !a.details().recipient().equals(b.details().recipient())
                        && body(a).equals(body(b)))));
        // Written again later in other words.
        assertThat(byMatter.values()).anyMatch(letters -> letters.stream().map(CorpusGeneratorTest::body)
                .distinct().count() >= 3);
        // Old names before 2025-07-01, new ones after, for one matter.
        assertThat(byMatter.values()).anyMatch(letters -> letters.stream()
                .map(l -> l.details().locality().codeList()).distinct().count() == 2);
        // Escalation: a later letter of a matter goes higher than its first.
        assertThat(byMatter.values()).anyMatch(letters -> letters.get(letters.size() - 1).details().recipient().level()
                .compareTo(letters.get(0).details().recipient().level()) > 0);
    }

    @Test
    void distinctMattersCanShareTheirCommuneHamletAndTopicButNotTheirPeople() {
        Map<String, List<GeneratedLetter>> byMatter = LETTERS.stream()
                .collect(Collectors.groupingBy(GeneratedLetter::matterId));
        Map<String, Set<String>> mattersBySetting = new java.util.HashMap<>();
        for (List<GeneratedLetter> letters : byMatter.values()) {
            LetterDetails d = letters.get(0).details();
            String setting = d.locality().provinceCode() + "|" + d.locality().communeName() + "|" + d.topics();
            mattersBySetting.computeIfAbsent(setting, k -> new HashSet<>()).add(letters.get(0).matterId());
        }
        List<Set<String>> shared = mattersBySetting.values().stream().filter(s -> s.size() > 1).toList();
        assertThat(shared).hasSizeGreaterThan(20);
        Set<String> twins = shared.get(0);
        List<Set<String>> people = twins.stream().map(id -> byMatter.get(id).get(0).details().petitioners().stream()
                .map(LetterDetails.Petitioner::name).collect(Collectors.toSet())).toList();
        assertThat(people.get(0)).doesNotContainAnyElementsOf(people.get(1).isEmpty() ? Set.of("-") : people.get(1));
    }

    /** The letter after its "Kính gửi" block: what several copies of one letter share. */
    private static String body(GeneratedLetter letter) {
        String text = letter.text();
        int start = text.indexOf("\n\n", text.indexOf("Kính gửi"));
        return text.substring(start);
    }

    private static LocalDate parse(String said) {
        Matcher m = DATE.matcher(said);
        assertThat(m.matches()).as(said).isTrue();
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static LetterKind mainKind(GeneratedLetter l) {
        return l.details().kinds().get(0);
    }

    private static Set<String> subjects(LetterKind kind) {
        return LETTERS.stream().filter(l -> mainKind(l) == kind).map(l -> l.details().subjectField())
                .collect(Collectors.toSet());
    }

    private static double share(java.util.function.Predicate<GeneratedLetter> p) {
        return (double) LETTERS.stream().filter(p).count() / LETTERS.size();
    }

    private static double share(java.util.function.Predicate<LetterDetails> p, boolean ofDetails) {
        return share(l -> p.test(l.details()));
    }
}
