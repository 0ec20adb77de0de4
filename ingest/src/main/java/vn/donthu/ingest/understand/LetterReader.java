package vn.donthu.ingest.understand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.donthu.ingest.understand.citations.AccusedReader;
import vn.donthu.ingest.understand.citations.CitationReader;
import vn.donthu.ingest.understand.dates.DateFinder;
import vn.donthu.ingest.understand.dates.LetterDates;
import vn.donthu.ingest.understand.identifiers.IdentifierReader;
import vn.donthu.ingest.understand.kind.KindReader;
import vn.donthu.ingest.understand.kind.SubjectReader;
import vn.donthu.ingest.understand.people.PetitionerReader;
import vn.donthu.ingest.understand.recipient.Competence;
import vn.donthu.ingest.understand.recipient.RecipientReader;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterDetails.Evidence;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.letter.LetterDetails.PersonalIdentifier;
import vn.donthu.letter.LetterDetails.Petitioner;
import vn.donthu.letter.LetterDetails.Recipient;
import vn.donthu.letter.LetterDetails.TextSpan;
import vn.donthu.letter.LetterKind;
import vn.donthu.locality.AddressFinder;
import vn.donthu.locality.AddressFinder.AddressPhrase;
import vn.donthu.locality.AddressResolver;

/**
 * Reads a letter's text (NFC; typed with or without diacritics, or OCR output with its slips) into
 * {@link LetterDetails}: every value with the span of text it came from. Stateless and thread-safe.
 */
public final class LetterReader {

    /** Letters with this many named people are "đơn nhiều người đứng tên" (đông người). */
    public static final int CROWDED_FROM = 5;

    private final AddressResolver places;

    /** With the gazetteer of this installation: the shipped one, completed by the operator's official list. */
    public LetterReader() {
        this(AddressResolver.installed());
    }

    public LetterReader(AddressResolver places) {
        this.places = places;
    }

    public LetterDetails read(String text) {
        FoldedText folded = FoldedText.of(text);
        List<Evidence> evidence = new ArrayList<>();

        List<Found<LetterKind>> kinds = KindReader.read(folded);
        List<LetterKind> kindValues = values(kinds, "kinds", evidence);
        SubjectReader.Subject subject = SubjectReader.read(folded, kindValues);
        String subjectField = subject.field() == null ? null : value(subject.field(), "subject_field", evidence);
        List<String> topics = values(subject.topics(), "topics", evidence);

        List<Found<LocalDate>> dates = DateFinder.find(folded);
        LetterDates.Dates letterDates = LetterDates.read(folded, dates);
        LocalDate letterDate = value(letterDates.written(), "letter_date", evidence);
        LocalDate receivedDate = value(letterDates.received(), "received_date", evidence);

        List<AddressPhrase> addresses = AddressFinder.find(text);
        PetitionerReader.People people = PetitionerReader.read(folded, addresses);
        List<Petitioner> petitioners = values(people.petitioners(), "petitioners", evidence);

        Found<Locality> locality = LocalityReader.read(places, addresses, people.personalData(), letterDate);
        Locality localityValue = value(locality, "locality", evidence);

        Found<Recipient> recipient = RecipientReader.read(folded);
        Recipient recipientValue = value(recipient, "recipient", evidence);
        List<Found<String>> accused = AccusedReader.read(folded);
        boolean overLevel = Competence.overLevel(folded, kindValues, topics,
                recipientValue == null ? null : recipientValue.level(), accused, letterDate);

        List<Found<PersonalIdentifier>> identifiers = IdentifierReader.read(folded);
        List<TextSpan> personalData = new ArrayList<>(people.personalData());
        for (Found<PersonalIdentifier> identifier : identifiers) {
            personalData.add(new TextSpan(identifier.value().kind(), identifier.start(), identifier.end()));
        }
        personalData.addAll(NameOccurrences.of(folded, petitioners));

        return new LetterDetails(kindValues, subjectField, topics, letterDate, receivedDate, petitioners,
                petitioners.size(), petitioners.size() >= CROWDED_FROM, petitioners.isEmpty(), localityValue,
                recipientValue, overLevel,
                values(CitationReader.documents(folded, dates), "cited_documents", evidence),
                values(CitationReader.parcels(folded), "parcels", evidence),
                values(accused, "accused", evidence),
                values(identifiers, "identifiers", evidence),
                personalData, evidence);
    }

    private static <T> T value(Found<T> found, String field, List<Evidence> evidence) {
        if (found == null) {
            return null;
        }
        // A value given by default (no span) has no evidence to show.
        if (found.end() > found.start()) {
            evidence.add(new Evidence(field, found.start(), found.end()));
        }
        return found.value();
    }

    private static <T> List<T> values(List<Found<T>> found, String field, List<Evidence> evidence) {
        List<T> values = new ArrayList<>(found.size());
        for (Found<T> each : found) {
            values.add(value(each, field, evidence));
        }
        return values;
    }
}
