package vn.donthu.ingest.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.donthu.ingest.corpus.Matter.Accused;
import vn.donthu.letter.LetterDetails.CitedDocument;
import vn.donthu.letter.LetterDetails.LandParcel;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;

/** Draws the facts of a matter: what it is about, where, who writes, against whom, which document. */
final class MatterFactory {

    /** Share of each kind among main kinds, in percent. */
    private static final int[] KIND_SHARES = {45, 20, 17, 18};
    /** Statistics categories of complaints and denunciations with their shares; land is about 60 % of complaints. */
    private static final List<String> COMPLAINT_SUBJECTS = List.of("dat_dai:60", "nha_tai_san:10",
            "che_do_chinh_sach:15", "tu_phap:8", "dang:2", "khac:5");
    private static final List<String> DENUNCIATION_SUBJECTS = List.of("hanh_chinh:40", "tham_nhung:30", "tu_phap:10",
            "dang:8", "khac:12");
    private static final String[] XA_ROLES = {"Chủ tịch Ủy ban nhân dân", "Phó Chủ tịch Ủy ban nhân dân",
        "công chức địa chính", "Bí thư Đảng ủy", "cán bộ tư pháp", "Trưởng Công an"};
    private static final String[] HUYEN_ROLES = {"Phó Chủ tịch Ủy ban nhân dân", "Trưởng phòng Tài nguyên và Môi trường",
        "Chánh Thanh tra"};
    private static final String[] COMPANIES = {"Công ty TNHH MTV Chế biến Gỗ Tân Phát", "Công ty Cổ phần Gạch ngói Đồng Tiến",
        "Công ty TNHH Dệt nhuộm Thành Công", "Công ty Cổ phần Chăn nuôi Phú An", "Công ty TNHH Xử lý Chất thải Hưng Thịnh",
        "Công ty TNHH Thức ăn Chăn nuôi Việt Hưng", "Công ty Cổ phần Bê tông Minh Phát", "Công ty TNHH Giày da Hoàng Long"};
    private static final String[] PROJECTS = {"dự án Khu công nghiệp %s", "dự án Khu dân cư %s",
        "dự án nâng cấp, mở rộng đường tỉnh", "dự án Cụm công nghiệp %s", "dự án đường vành đai",
        "dự án xây dựng trường mầm non %s", "công trình kè chống sạt lở bờ sông", "dự án Khu đô thị sinh thái %s"};

    private final List<Topic> topics;
    private final List<Place> places;

    MatterFactory(List<Topic> topics, List<Place> places) {
        this.topics = topics;
        this.places = places;
    }

    /** The setting a matter shares with the matters that look like it: topic, kinds, place, hamlet. */
    record Setting(Topic topic, List<LetterKind> kinds, Place place, String hamlet, boolean urban) {}

    Setting setting(Random r) {
        LetterKind kind = LetterKind.values()[weighted(r, KIND_SHARES)];
        Topic topic = topic(r, kind);
        List<LetterKind> kinds = new ArrayList<>(List.of(kind));
        if (r.nextInt(100) < 12) {
            kinds.add(secondKind(r, kind));
        }
        Place place = places.get(r.nextInt(places.size()));
        boolean urban = place.commune().type().equals("phường");
        return new Setting(topic, List.copyOf(kinds), place, People.matterHamlet(r, place, urban), urban);
    }

    Matter matter(String id, Setting s, Random r, LocalDate start) {
        Topic topic = s.topic();
        int year = start.getYear();
        List<Person> people = new ArrayList<>();
        boolean anonymous = r.nextInt(100) < switch (s.kinds().get(0)) {
            case TO_CAO -> 25;
            case PHAN_ANH -> 10;
            default -> 0;
        };
        boolean group = false;
        if (!anonymous) {
            int roll = r.nextInt(100);
            int size = roll < 70 ? 1 : roll < 80 ? 2 : roll < 85 ? 3 + r.nextInt(2) : 5 + (int) Math.abs(r.nextGaussian() * 8);
            group = size > 2;
            for (int i = 0; i < size; i++) {
                Person p = People.person(r, s.place(), year, s.urban());
                people.add(group ? new Person(p.name(), p.female(), p.birthYear(), p.identityNumber(), p.phone(),
                        i == 0 ? s.hamlet() : p.hamlet()) : withHamlet(p, s.hamlet()));
            }
        }
        LocalDate docDate = start.minusDays(20 + r.nextInt(700));
        RecipientLevel actLevel = topic.level() == RecipientLevel.HUYEN && !docDate.isBefore(CorpusGenerator.REORGANISATION)
                ? RecipientLevel.XA : topic.level();
        String issuer = topic.issuer().replace("{unit}", unit(s.place(), actLevel, docDate))
                .replace("{party}", actLevel == RecipientLevel.XA ? "Đảng ủy " + unit(s.place(), actLevel, docDate)
                        : Recipients.partyCommittee(s.place().district()) + " " + s.place().district().name());
        String suffix = topic.docSuffix().replace("{year}", Integer.toString(docDate.getYear()));
        CitedDocument doc = new CitedDocument((1 + r.nextInt(r.nextBoolean() ? 300 : 4999)) + "/" + suffix, docDate);
        LandParcel parcel = topic.parcel() ? new LandParcel(Integer.toString(1 + r.nextInt(900)),
                Integer.toString(1 + r.nextInt(60))) : null;
        String company = COMPANIES[r.nextInt(COMPANIES.length)];
        Accused accused = switch (topic.accused()) {
            case "issuer" -> new Accused(issuer, issuer, issuer);
            case "official" -> official(r, s, actLevel, docDate);
            case "household" -> {
                Person p = People.person(r, s.place(), year, s.urban());
                yield new Accused(p.name(), "hộ " + p.title() + " " + p.name(), p.title() + " " + given(p.name()));
            }
            case "company" -> new Accused(company, company, company);
            default -> null;
        };
        String project = String.format(PROJECTS[r.nextInt(PROJECTS.length)], s.place().commune().name());
        return new Matter(id, topic, s.kinds(), s.place(), s.hamlet(), List.copyOf(people), group, issuer, actLevel,
                accused, doc, parcel, area(r), money(r), docDate.getYear() - r.nextInt(15), project, company, start);
    }

    /** An official at the level given, or at the commune for a denunciation that goes to the district. */
    Accused official(Random r, Setting s, RecipientLevel level, LocalDate date) {
        Person p = People.person(r, s.place(), date.getYear(), s.urban());
        String role = switch (level) {
            case XA -> XA_ROLES[r.nextInt(XA_ROLES.length)] + " " + unit(s.place(), level, date);
            case HUYEN -> HUYEN_ROLES[r.nextInt(HUYEN_ROLES.length)] + " " + unit(s.place(), level, date);
            default -> "Điều tra viên Cơ quan Cảnh sát điều tra Công an " + unit(s.place(), level, date);
        };
        return new Accused(p.name(), p.title() + " " + p.name() + ", " + role, p.title() + " " + given(p.name()));
    }

    private static Person withHamlet(Person p, String hamlet) {
        return new Person(p.name(), p.female(), p.birthYear(), p.identityNumber(), p.phone(), hamlet);
    }

    /** The unit at {@code level} as named on {@code date}. */
    static String unit(Place p, RecipientLevel level, LocalDate date) {
        boolean old = date.isBefore(CorpusGenerator.REORGANISATION);
        return switch (level) {
            case XA -> old || p.newCommune() == null ? p.commune().full() : p.newCommune().full();
            case HUYEN -> p.district().full();
            default -> (old ? p.oldProvince() : p.newProvince()).full();
        };
    }

    private Topic topic(Random r, LetterKind kind) {
        List<Topic> candidates = topics.stream().filter(t -> t.kinds().contains(kind)).toList();
        List<String> subjects = kind == LetterKind.KHIEU_NAI ? COMPLAINT_SUBJECTS
                : kind == LetterKind.TO_CAO ? DENUNCIATION_SUBJECTS : List.of();
        if (subjects.isEmpty()) {
            return candidates.get(r.nextInt(candidates.size()));
        }
        int[] shares = subjects.stream().mapToInt(s -> Integer.parseInt(s.substring(s.indexOf(':') + 1))).toArray();
        String subject = subjects.get(weighted(r, shares));
        String code = subject.substring(0, subject.indexOf(':'));
        List<Topic> ofSubject = candidates.stream().filter(t -> t.subjectField().equals(code)).toList();
        if (ofSubject.isEmpty()) {
            throw new IllegalStateException("No topic of " + kind + " in subject " + code);
        }
        return ofSubject.get(r.nextInt(ofSubject.size()));
    }

    private static LetterKind secondKind(Random r, LetterKind main) {
        return switch (main) {
            case KHIEU_NAI -> r.nextBoolean() ? LetterKind.TO_CAO : LetterKind.KIEN_NGHI;
            case TO_CAO -> r.nextBoolean() ? LetterKind.KIEN_NGHI : LetterKind.PHAN_ANH;
            case KIEN_NGHI -> LetterKind.PHAN_ANH;
            case PHAN_ANH -> r.nextBoolean() ? LetterKind.KIEN_NGHI : LetterKind.TO_CAO;
        };
    }

    static int weighted(Random r, int[] shares) {
        int total = 0;
        for (int s : shares) {
            total += s;
        }
        int roll = r.nextInt(total);
        for (int i = 0; i < shares.length; i++) {
            roll -= shares[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new AssertionError();
    }

    static String given(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String area(Random r) {
        int m2 = 40 + r.nextInt(r.nextBoolean() ? 500 : 5000);
        return thousands(m2) + (r.nextInt(3) == 0 ? " m²" : " m2");
    }

    private static String money(Random r) {
        long millions = 15 + r.nextInt(r.nextBoolean() ? 500 : 5000);
        return switch (r.nextInt(3)) {
            case 0 -> thousands(millions * 1_000_000) + " đồng";
            case 1 -> millions + " triệu đồng";
            default -> thousands(millions * 1_000_000) + "đ";
        };
    }

    /** 1250000 → "1.250.000", as Vietnamese writes thousands. */
    static String thousands(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
