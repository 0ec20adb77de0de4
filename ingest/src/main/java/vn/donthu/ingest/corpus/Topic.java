package vn.donthu.ingest.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;

/**
 * What a matter is about, as authored in {@code topics.txt}: the statistics category, the kinds of
 * letter that raise it, the document and people at issue and the sentences that tell it.
 *
 * @param facts one list of variants per sentence of the story, in order
 * @param optional which of the sentences may be left out
 */
record Topic(String code, String subjectField, List<LetterKind> kinds, List<String> topicCodes,
             RecipientLevel level, String issuer, String docName, String docSuffix, boolean parcel,
             String accused, List<String> subjectLines, List<List<String>> facts, List<Boolean> optional,
             List<String> asks) {

    static List<Topic> load() {
        List<Topic> topics = new ArrayList<>();
        for (PhraseBook.Block b : PhraseBook.read("topics.txt", "topic")) {
            String[] doc = b.one("doc").split("\\|");
            Map<Integer, List<String>> facts = new TreeMap<>();
            Map<Integer, Boolean> optional = new TreeMap<>();
            b.entries().forEach((key, values) -> {
                if (key.startsWith("fact")) {
                    int n = Integer.parseInt(key.substring(key.indexOf('.') + 1));
                    facts.put(n, values);
                    optional.put(n, key.startsWith("fact?"));
                }
            });
            topics.add(new Topic(b.name(), b.one("subject"),
                    Arrays.stream(b.one("kinds").split(" ")).map(LetterKind::valueOf).toList(),
                    List.of(b.one("topics").split(" ")),
                    RecipientLevel.valueOf(b.one("level")), b.one("issuer"), doc[0], doc[1],
                    b.one("parcel").equals("yes"), b.one("accused"), b.all("vv"),
                    List.copyOf(facts.values()), List.copyOf(optional.values()), b.all("ask")));
        }
        return List.copyOf(topics);
    }
}
