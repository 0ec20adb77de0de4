package vn.donthu.ingest.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.donthu.ingest.matter.AuthoredLetters.BINH_1;
import static vn.donthu.ingest.matter.AuthoredLetters.BINH_2;
import static vn.donthu.ingest.matter.AuthoredLetters.BINH_3;
import static vn.donthu.ingest.matter.AuthoredLetters.BINH_4;
import static vn.donthu.ingest.matter.AuthoredLetters.HUNG;
import static vn.donthu.ingest.matter.AuthoredLetters.HUNG_DA_NANG;
import static vn.donthu.ingest.matter.AuthoredLetters.HUNG_OCR;
import static vn.donthu.ingest.matter.AuthoredLetters.LAN;
import static vn.donthu.ingest.matter.AuthoredLetters.NGA_1;
import static vn.donthu.ingest.matter.AuthoredLetters.NGA_2;
import static vn.donthu.ingest.matter.AuthoredLetters.NGA_3;
import static vn.donthu.ingest.matter.AuthoredLetters.TO_FIVE_AGENCIES;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.donthu.index.IndexNames;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.ingest.index.LetterIndexer;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;
import vn.donthu.matter.Matter;
import vn.donthu.matter.MatterStatus;
import vn.donthu.testing.TestElasticsearch;

/** Letters into matters through the real matters index, a batch at a time as ingest does. */
class MatterGroupingTest {

    private final ElasticsearchClient client = TestElasticsearch.client();
    private final IndexNames names = TestElasticsearch.createLettersIndex("matters");
    private final MatterGrouping grouping = new MatterGrouping(client, names, Backoff.standard());

    @AfterEach
    void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void lettersOfOneMatterArriveOverTheYearsAndJoinIt() throws IOException {
        List<Letter> first = new ArrayList<>(List.of(BINH_1, HUNG, LAN, HUNG_DA_NANG));
        first.addAll(TO_FIVE_AGENCIES.subList(0, 3));
        List<Letter> later = new ArrayList<>(List.of(HUNG_OCR, BINH_4, BINH_3, BINH_2));
        later.addAll(TO_FIVE_AGENCIES.subList(3, 5));

        Map<String, String> before = index(first);
        Map<String, String> after = index(later);

        assertThat(after).containsEntry("binh-2", "binh-1").containsEntry("binh-3", "binh-1").containsEntry("binh-4", "binh-1")
                .containsEntry("hung-ocr", "hung-1").containsEntry("to-cao-4", "to-cao-1").containsEntry("to-cao-5", "to-cao-1");
        assertThat(before).containsEntry("binh-1", "binh-1").containsEntry("lan-1", "lan-1").containsEntry("hung-1", "hung-1")
                .containsEntry("hung-da-nang", "hung-da-nang").containsEntry("to-cao-2", "to-cao-1").containsEntry("to-cao-3", "to-cao-1");
        assertThat(matterIdOf("binh-4")).isEqualTo("binh-1");
        assertThat(matterIdOf("lan-1")).isEqualTo("lan-1");
        assertThat(matterCount()).isEqualTo(5);
    }

    @Test
    void aFamilysComplaintOverFourYearsIsProlongedOverdueAndEscalated() throws IOException {
        index(List.of(BINH_3, BINH_1, BINH_4, BINH_2));

        Matter matter = matter("binh-1");
        assertThat(matter.letterIds()).containsExactly("binh-1", "binh-2", "binh-3", "binh-4");
        assertThat(matter.timeline()).extracting(Matter.TimelineEntry::recipientLevel)
                .containsExactly(RecipientLevel.XA, RecipientLevel.HUYEN, RecipientLevel.TINH, RecipientLevel.TRUNG_UONG);
        assertThat(matter.firstDate()).isEqualTo(LocalDate.of(2021, 5, 10));
        assertThat(matter.lastDate()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(matter.peopleCount()).isEqualTo(2);
        assertThat(matter.highestLevel()).isEqualTo(RecipientLevel.TRUNG_UONG);
        assertThat(matter.locality().communeName()).isEqualTo("Tân Đức");
        // Accepted within 10 days (2021-05-20), resolved within 30 more: 2021-06-19 is a Saturday.
        assertThat(matter.dueDate()).isEqualTo(LocalDate.of(2021, 6, 21));
        assertThat(matter.deadlines()).extracting(Matter.Deadline::rule)
                .containsExactly("kn2011_thu_ly", "kn2011_giai_quyet_lan_dau");
        assertThat(matter.overdue()).isTrue();
        assertThat(matter.status()).isEqualTo(MatterStatus.OVERDUE);
        assertThat(matter.prolonged()).isTrue();
        assertThat(matter.escalated()).isTrue();
        assertThat(matter.crowded()).isFalse();
        assertThat(matter.grouping().nameKeys()).noneMatch(key -> key.contains("binh"));
        assertThat(matter.locality().addressText()).as("a petitioner's address is not kept with the matter").isNull();
    }

    @Test
    void oneLetterToFiveAgenciesOnOneDayIsOneCrowdedSending() throws IOException {
        index(TO_FIVE_AGENCIES);

        Matter matter = matter("to-cao-1");
        assertThat(matter.letterCount()).isEqualTo(5);
        assertThat(matter.sendings()).isEqualTo(1);
        assertThat(matter.peopleCount()).isEqualTo(6);
        assertThat(matter.crowded()).isTrue();
        assertThat(matter.prolonged()).isFalse();
        assertThat(matter.escalated()).isTrue();
        assertThat(matter.kinds()).containsExactly(LetterKind.TO_CAO);
        assertThat(matter.deadlines()).extracting(Matter.Deadline::rule).containsExactly("tc2018_thu_ly", "tc2018_giai_quyet");
        assertThat(matter.status()).isEqualTo(MatterStatus.OPEN);
    }

    @Test
    void neighboursWithTheSameGrievanceInTheSameCommuneStayApart() throws IOException {
        Map<String, String> matters = index(List.of(BINH_1, LAN, HUNG, HUNG_DA_NANG));

        assertThat(matters.values()).doesNotHaveDuplicates();
    }

    @Test
    void groupingTheSameLettersAgainChangesNothing() throws IOException {
        List<Letter> all = new ArrayList<>(List.of(BINH_1, BINH_2, BINH_3, BINH_4, HUNG, HUNG_OCR, LAN, HUNG_DA_NANG));
        all.addAll(TO_FIVE_AGENCIES);
        Map<String, String> first = index(all);
        long matters = matterCount();

        List<Letter> reversed = new ArrayList<>(all);
        Collections.reverse(reversed);
        Map<String, String> again = grouping.group(reversed);

        assertThat(again).isEqualTo(first);
        assertThat(matterCount()).isEqualTo(matters).isEqualTo(5);
        assertThat(matter("binh-1").letterCount()).isEqualTo(4);
    }

    @Test
    void aNewRunGroupingTheSameLettersFindsTheSameMattersInTheIndex() throws IOException {
        List<Letter> all = new ArrayList<>(List.of(BINH_1, BINH_2, BINH_3, BINH_4, HUNG, HUNG_OCR, LAN, HUNG_DA_NANG));
        all.addAll(TO_FIVE_AGENCIES);
        Map<String, String> first = index(all);

        Map<String, String> again = newRun().group(all);

        assertThat(again).isEqualTo(first);
        assertThat(matterCount()).isEqualTo(5);
    }

    @Test
    void aLetterOfTheSamePeopleAboutBothMattersMergesThemIntoTheOlder() throws IOException {
        Map<String, String> apart = index(List.of(NGA_1, NGA_2));
        assertThat(apart).containsEntry("nga-1", "nga-1").containsEntry("nga-2", "nga-2");

        assertThat(newRun(List.of(NGA_3))).containsEntry("nga-3", "nga-1");

        assertThat(matterIdOf("nga-2")).isEqualTo("nga-1");
        assertThat(matterIdOf("nga-3")).isEqualTo("nga-1");
        assertThat(matterOrNull("nga-2")).as("the younger matter is deleted").isNull();
        Matter merged = matter("nga-1");
        assertThat(merged.letterIds()).containsExactly("nga-1", "nga-2", "nga-3");
        assertThat(merged.grouping().members()).extracting(Matter.Member::letterId).containsExactlyInAnyOrder("nga-1", "nga-2", "nga-3");
        assertThat(merged.peopleCount()).isEqualTo(2);
        assertThat(merged.kinds()).containsExactlyInAnyOrder(LetterKind.KIEN_NGHI, LetterKind.KHIEU_NAI);
        assertThat(matterCount()).isEqualTo(1);
    }

    @Test
    void aMergeInterruptedBeforeTheYoungerMatterWasDeletedIsFinishedByTheNextRun() throws IOException {
        index(List.of(NGA_1, NGA_2));
        Matter younger = matter("nga-2");
        index(List.of(NGA_3));
        // What a run killed after saving the merged matter leaves: the younger matter and its letter as they
        // were, and the linking letter without a matter.
        client.index(i -> i.index(names.alias("matters")).id("nga-2").document(younger));
        setMatterFields("nga-2", Map.of("matter_id", "nga-2"));
        removeMatterFields(NGA_3);

        assertThat(newRun().groupUngrouped(new PrintStream(new ByteArrayOutputStream()))).isEqualTo(1);

        assertThat(matterOrNull("nga-2")).isNull();
        assertThat(matterIdOf("nga-2")).isEqualTo("nga-1");
        assertThat(matterIdOf("nga-3")).isEqualTo("nga-1");
        assertThat(matter("nga-1").letterIds()).containsExactly("nga-1", "nga-2", "nga-3");
        assertThat(matterCount()).isEqualTo(1);
    }

    @Test
    void lettersIndexedByARunThatDiedBeforeGroupingThemAreGroupedByTheNextRun() throws IOException {
        List<Letter> all = new ArrayList<>(List.of(BINH_1, BINH_2, BINH_3, BINH_4, HUNG, HUNG_OCR, LAN, HUNG_DA_NANG));
        all.addAll(TO_FIVE_AGENCIES);
        Map<String, String> first = index(all.subList(0, 6));
        assertThat(new LetterIndexer(client, names.lettersAlias(), Backoff.standard()).index(all.subList(6, all.size()))).isEmpty();
        // And a letter whose matter was saved, but not the letter's matter_id.
        removeMatterFields(BINH_4);

        ByteArrayOutputStream said = new ByteArrayOutputStream();
        assertThat(newRun().groupUngrouped(new PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(8);

        assertThat(said.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("8 letters");
        Map<String, String> recovered = new LinkedHashMap<>();
        for (Letter letter : all) {
            recovered.put(letter.id(), matterIdOf(letter.id()));
        }
        assertThat(recovered).containsAllEntriesOf(first).containsEntry("binh-4", "binh-1").containsEntry("lan-1", "lan-1")
                .containsEntry("hung-da-nang", "hung-da-nang").containsEntry("to-cao-5", "to-cao-1");
        assertThat(matterCount()).isEqualTo(5);
        assertThat(matter("binh-1").letterIds()).containsExactly("binh-1", "binh-2", "binh-3", "binh-4");
        assertThat(newRun().groupUngrouped(new PrintStream(new ByteArrayOutputStream()))).isZero();
    }

    @Test
    void lettersGroupedBeforeLettersCarriedTheirMattersStatusGetItOnTheNextRun() throws IOException {
        index(List.of(BINH_1, BINH_2, BINH_3, BINH_4));
        LetterMatterState carriedNow = carried("binh-1");
        // A letter as schema 4 left it: its matter's id, no flags and no status.
        removeMatterFields(BINH_1);
        setMatterFields("binh-1", Map.of("matter_id", "binh-1"));

        assertThat(newRun().groupUngrouped(new PrintStream(new ByteArrayOutputStream()))).isEqualTo(1);

        assertThat(carried("binh-1")).isEqualTo(carriedNow);
        assertThat(carriedNow.matterFlags()).contains("prolonged");
        assertThat(matter("binh-1").letterIds()).containsExactly("binh-1", "binh-2", "binh-3", "binh-4");
        assertThat(matterCount()).isEqualTo(1);
    }

    @Test
    void everyLetterOfAMatterCarriesItsFlagsAndStatusAndIsWrittenOnlyWhenTheyChange() throws IOException {
        index(List.of(BINH_1));
        LetterMatterState alone = carried("binh-1");
        assertThat(alone.matterFlags()).isEmpty();
        assertThat(alone.matterStatus()).isEqualTo("OPEN");
        assertThat(version("binh-1")).as("indexed once, its matter in it").isEqualTo(1);

        index(List.of(BINH_2, BINH_3, BINH_4));

        for (String id : List.of("binh-1", "binh-2", "binh-3", "binh-4")) {
            assertThat(carried(id)).as(id).isEqualTo(new LetterMatterState("binh-1", List.of("prolonged", "overdue", "escalated"), "OVERDUE"));
        }
        assertThat(version("binh-2")).as("a new letter is indexed once").isEqualTo(1);
        assertThat(version("binh-4")).isEqualTo(1);
        long updated = version("binh-1");
        assertThat(updated).as("the older letter is updated: its matter became overdue").isGreaterThan(1);

        newRun().group(List.of(BINH_1, BINH_2, BINH_3, BINH_4));
        assertThat(version("binh-1")).as("nothing changed, nothing written").isEqualTo(updated);
        assertThat(version("binh-4")).isEqualTo(1);
    }

    @Test
    void lettersOfARunKilledAfterSavingTheirMattersAreIndexedIntoTheSameMattersByTheNextRun() throws IOException {
        Map<String, String> first = index(List.of(BINH_1, HUNG));
        Map<String, String> batch = index(List.of(BINH_2, BINH_3, HUNG_OCR));
        // What a run killed after saving the batch's matters leaves: the letters are not in the index.
        for (Letter letter : List.of(BINH_2, BINH_3, HUNG_OCR)) {
            client.delete(d -> d.index(names.lettersAlias()).id(letter.id()));
        }

        Map<String, String> again = newRun(List.of(BINH_2, BINH_3, HUNG_OCR));

        assertThat(again).isEqualTo(batch).containsEntry("binh-2", first.get("binh-1"));
        assertThat(matter("binh-1").letterIds()).containsExactly("binh-1", "binh-2", "binh-3");
        assertThat(carried("binh-3")).isEqualTo(carried("binh-1"));
        assertThat(matterCount()).isEqualTo(2);
    }

    private MatterGrouping newRun() {
        return new MatterGrouping(client, names, Backoff.standard());
    }

    private Map<String, String> newRun(List<Letter> letters) throws IOException {
        return index(newRun(), letters);
    }

    private void setMatterFields(String letterId, Map<String, Object> fields) throws IOException {
        client.update(u -> u.index(names.lettersAlias()).id(letterId).doc(fields), Object.class);
    }

    /** Indexes the letter again as it was before grouping: without what it carries of its matter. */
    private void removeMatterFields(Letter letter) throws IOException {
        assertThat(new LetterIndexer(client, names.lettersAlias(), Backoff.standard()).index(List.of(letter))).isEmpty();
    }

    private LetterMatterState carried(String id) throws IOException {
        return client.get(g -> g.index(names.lettersAlias()).id(id), LetterMatterState.class).source();
    }

    private long version(String id) throws IOException {
        return client.get(g -> g.index(names.lettersAlias()).id(id), Letter.class).version();
    }

    private Matter matterOrNull(String id) throws IOException {
        return client.get(g -> g.index(names.alias("matters")).id(id), Matter.class).source();
    }

    private Map<String, String> index(List<Letter> letters) throws IOException {
        return index(grouping, letters);
    }

    /** Groups and indexes the letters as ingest does; returns the matter each letter carries in the index. */
    private Map<String, String> index(MatterGrouping run, List<Letter> letters) throws IOException {
        assertThat(run.index(letters, new LetterIndexer(client, names.lettersAlias(), Backoff.standard()))).isEmpty();
        Map<String, String> matters = new LinkedHashMap<>();
        for (Letter letter : letters) {
            matters.put(letter.id(), matterIdOf(letter.id()));
        }
        return matters;
    }

    private Matter matter(String id) throws IOException {
        return client.get(g -> g.index(names.alias("matters")).id(id), Matter.class).source();
    }

    private String matterIdOf(String letterId) throws IOException {
        return client.get(g -> g.index(names.lettersAlias()).id(letterId), Letter.class).source().matterId();
    }

    private long matterCount() throws IOException {
        client.indices().refresh(r -> r.index(names.alias("matters")));
        return client.count(c -> c.index(names.alias("matters"))).count();
    }
}
