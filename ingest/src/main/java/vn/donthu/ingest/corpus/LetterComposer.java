package vn.donthu.ingest.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterDetails.CitedDocument;
import vn.donthu.letter.LetterDetails.LandParcel;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.letter.LetterDetails.PersonalIdentifier;
import vn.donthu.letter.LetterDetails.Petitioner;
import vn.donthu.letter.LetterKind;

/**
 * Writes one letter of a matter in the conventional shape of a Vietnamese petition (national
 * header, place and date, title, "Kính gửi", the sender, the story, the requests, the signature,
 * a signer list for a group), choosing among the authored variants so that no two letters read
 * alike, and records the truth as it writes.
 */
final class LetterComposer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final String[] MOTTO_LINES = {"Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc",
        "Độc lập - Tự do - Hạnh phúc"};
    private static final String[] CLOSINGS = {
        "%s xin cam đoan những nội dung trình bày trên là đúng sự thật và xin chịu trách nhiệm trước pháp luật.",
        "%s xin chân thành cảm ơn!",
        "Kính mong quý cơ quan quan tâm giải quyết. %s xin trân trọng cảm ơn!",
        "%s cam đoan những điều trình bày trên là hoàn toàn đúng sự thật."};
    private static final String[] RESENT = {
        "Ngày %s, %s đã có đơn gửi %s nhưng đến nay vẫn chưa nhận được văn bản trả lời.",
        "%s đã gửi đơn đến %s từ %s, đã hơn ba tháng mà vụ việc vẫn chưa được xem xét.",
        "Trước đó, vào %s, %s đã làm đơn gửi %s nhưng không được giải quyết, nay %s buộc phải tiếp tục gửi đơn."};

    private final KindPhrases kinds;

    LetterComposer(KindPhrases kinds) {
        this.kinds = kinds;
    }

    GeneratedLetter compose(Matter m, LetterPlan plan, String letterId) {
        Random r = new Random(plan.textSeed());
        LetterText t = new LetterText();
        boolean oldStyle = !plan.date().isBefore(CorpusGenerator.REORGANISATION) ? m.place().newCommune() == null
                || r.nextInt(10) == 0 : true;
        Address address = Address.of(r, m.place(), m.hamlet(), oldStyle);
        Map<String, String> slots = slots(m, r, address);
        LetterKind main = m.kinds().get(0);

        header(t, r);
        LocalDate letterDate = r.nextInt(20) == 0 ? null : plan.date();
        if (letterDate != null) {
            t.add(placeOfWriting(r, m, oldStyle) + ", ");
            t.evidence("letter_date", VietnameseDates.dateLineForm(r, letterDate)).endBlock();
        }
        title(t, r, m, main, slots);
        recipients(t, r, plan);
        List<Petitioner> petitioners = new ArrayList<>();
        List<PersonalIdentifier> identifiers = new ArrayList<>();
        sender(t, r, m, address, petitioners, identifiers);

        StringBuilder body = new StringBuilder();
        body.append(fill(pick(r, kinds.of(main, "intro")), slots)).append('\n');
        List<List<String>> facts = m.topic().facts();
        for (int i = 0; i < facts.size(); i++) {
            if (!m.topic().optional().get(i) || r.nextInt(10) < 6) {
                body.append(sentence(fill(pick(r, facts.get(i)), slots))).append('\n');
            }
        }
        List<String> accused = new ArrayList<>();
        if (m.accused() != null) {
            accused.add(m.accused().name());
        }
        if (m.kinds().size() > 1) {
            body.append(secondKind(m, r, slots, accused)).append('\n');
        }
        if (plan.previousDate() != null) {
            body.append(resent(r, plan, slots)).append('\n');
        }
        t.add(body.toString()).add(requests(r, m, main, slots)).endBlock();
        t.add(sentence(String.format(pick(r, CLOSINGS), slots.get("Toi")))).endBlock();
        signature(t, r, m, main);
        if (m.group()) {
            signerList(t, r, m, letterDate);
        }

        int signers = m.people().size();
        // The story's variants do not all cite the document or the parcel: the truth has what the text has.
        String written = t.text();
        List<CitedDocument> documents = written.contains(" số " + m.document().number() + " ")
                ? List.of(m.document()) : List.of();
        List<LandParcel> parcels = m.parcel() != null && written.contains(slots.get("thua"))
                ? List.of(m.parcel()) : List.of();
        accused.removeIf(name -> !written.contains(name));
        Locality locality = address.locality();
        LetterDetails details = new LetterDetails(m.kinds(), m.topic().subjectField(), m.topic().topicCodes(),
                letterDate, plan.date().plusDays(2 + r.nextInt(12)), petitioners, signers, signers >= 5,
                m.anonymous(), locality, plan.recipient(), plan.overLevel(), documents, parcels, accused,
                identifiers, t.personalData(), t.evidence());
        return new GeneratedLetter(letterId, m.id(), t.text(), details);
    }

    private static void header(LetterText t, Random r) {
        t.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        t.line(pick(r, MOTTO_LINES));
        if (r.nextInt(3) == 0) {
            t.line(r.nextBoolean() ? "---------------" : "---oOo---");
        }
        t.endBlock();
    }

    /** Letters are dated from the commune, the district or the province, whichever the writer thinks of. */
    private static String placeOfWriting(Random r, Matter m, boolean oldStyle) {
        Place p = m.place();
        return switch (r.nextInt(3)) {
            case 0 -> oldStyle ? p.district().name() : p.newProvince().name();
            case 1 -> oldStyle ? p.oldProvince().name() : p.newProvince().name();
            default -> oldStyle || p.newCommune() == null ? p.commune().name() : p.newCommune().name();
        };
    }

    private void title(LetterText t, Random r, Matter m, LetterKind main, Map<String, String> slots) {
        // A vague title says nothing of the kind: the body does, so it is no evidence.
        if (r.nextInt(4) == 0) {
            t.add(pick(r, kinds.vague().all("title"))).add("\n");
        } else if (m.kinds().size() > 1 && r.nextBoolean()) {
            t.evidence("kinds", "ĐƠN " + word(m.kinds().get(0)) + " VÀ " + word(m.kinds().get(1))).add("\n");
        } else {
            t.evidence("kinds", pick(r, kinds.of(main, "title"))).add("\n");
        }
        if (r.nextInt(10) < 7) {
            String vv = fill(pick(r, m.topic().subjectLines()), slots);
            t.add(vv.startsWith("(") ? vv : "(" + vv + ")").add("\n");
        }
        t.endBlock();
    }

    private static String word(LetterKind kind) {
        return switch (kind) {
            case KHIEU_NAI -> "KHIẾU NẠI";
            case TO_CAO -> "TỐ CÁO";
            case KIEN_NGHI -> "KIẾN NGHỊ";
            case PHAN_ANH -> "PHẢN ÁNH";
        };
    }

    private static void recipients(LetterText t, Random r, LetterPlan plan) {
        if (plan.copiesTo().isEmpty() || r.nextBoolean()) {
            t.add("Kính gửi: ").evidence("recipient", plan.recipient().name());
            for (LetterDetails.Recipient copy : plan.copiesTo()) {
                t.add("\nĐồng kính gửi: " + copy.name());
            }
        } else {
            t.add("Kính gửi:\n- ").evidence("recipient", plan.recipient().name()).add(";");
            for (LetterDetails.Recipient copy : plan.copiesTo()) {
                t.add("\n- " + copy.name() + ";");
            }
        }
        t.endBlock();
    }

    private static void sender(LetterText t, Random r, Matter m, Address address, List<Petitioner> petitioners,
                               List<PersonalIdentifier> identifiers) {
        if (m.anonymous()) {
            t.add(r.nextBoolean() ? "Tôi là người dân đang sinh sống tại " : "Tôi là một cán bộ đã nghỉ hưu, cư trú tại ");
            t.evidence("address", address.text()).add(".").endBlock();
            return;
        }
        Person first = m.people().get(0);
        if (m.group()) {
            t.add("Chúng tôi gồm " + m.people().size() + " người là các hộ dân ở " + m.hamlet() + ", "
                    + address.communeOnwards() + " (có danh sách kèm theo). Đại diện là " + first.title() + " ");
            t.personal("name", first.name()).add(", sinh năm " + first.birthYear() + ", địa chỉ: ");
            t.personal("address", address.text());
            petitioners.add(new Petitioner(first.name(), first.birthYear(), address.text()));
            m.people().stream().skip(1).forEach(p -> petitioners.add(new Petitioner(p.name(), p.birthYear(), p.hamlet())));
            t.add(".\n");
        } else if (m.people().size() == 2) {
            Person second = m.people().get(1);
            t.add("Chúng tôi là " + first.title() + " ").personal("name", first.name())
                    .add(", sinh năm " + first.birthYear() + " và " + second.title() + " ")
                    .personal("name", second.name()).add(", sinh năm " + second.birthYear() + ".\nCùng trú tại: ")
                    .personal("address", address.text()).add(".\n");
            petitioners.add(new Petitioner(first.name(), first.birthYear(), address.text()));
            petitioners.add(new Petitioner(second.name(), second.birthYear(), address.text()));
        } else {
            switch (r.nextInt(3)) {
                case 0 -> t.add("Tôi tên là: ").personal("name", first.name()).add(", sinh năm " + first.birthYear() + ".\n");
                case 1 -> t.add("Tôi là ").personal("name", first.name()).add(", sinh năm " + first.birthYear() + ".\n");
                default -> t.add("Họ và tên: ").personal("name", first.name()).add("\nNăm sinh: " + first.birthYear() + "\n");
            }
            t.add(pick(r, new String[] {"Địa chỉ: ", "Nơi cư trú: ", "Hộ khẩu thường trú: ", "Trú tại: "}))
                    .personal("address", address.text()).add(".\n");
            petitioners.add(new Petitioner(first.name(), first.birthYear(), address.text()));
        }
        if (r.nextInt(10) < 8) {
            String id = first.identityNumber();
            String kind = id.length() == 12 ? "cccd" : "cmnd";
            t.add(kind.equals("cccd") ? pick(r, new String[] {"Số CCCD: ", "Căn cước công dân số: ", "CCCD số "})
                    : pick(r, new String[] {"Số CMND: ", "CMND số "}));
            t.personal(kind, id).add(".\n");
            identifiers.add(new PersonalIdentifier(kind, id));
        }
        if (r.nextInt(10) < 7) {
            t.add(pick(r, new String[] {"Số điện thoại: ", "Điện thoại liên hệ: ", "ĐT: "}));
            t.personal("phone", People.formatPhone(r, first.phone())).add(".\n");
            identifiers.add(new PersonalIdentifier("phone", first.phone()));
        }
        t.endBlock();
    }

    private String requests(Random r, Matter m, LetterKind main, Map<String, String> slots) {
        List<String> asks = new ArrayList<>();
        asks.add(fill(pick(r, m.topic().asks()), slots));
        asks.add(fill(pick(r, kinds.of(main, "ask")), slots));
        StringBuilder s = new StringBuilder(sentence(slots.get("Toi") + " kính đề nghị quý cơ quan:")).append('\n');
        for (int i = 0; i < asks.size(); i++) {
            s.append(i + 1).append(". ").append(sentence(asks.get(i))).append('\n');
        }
        return s.toString().stripTrailing();
    }

    private static String secondKind(Matter m, Random r, Map<String, String> slots, List<String> accused) {
        String toi = slots.get("Toi");
        return switch (m.kinds().get(1)) {
            case TO_CAO -> {
                String unit = slots.get("xa");
                String name = People.person(r, m.place(), m.start().getYear(), false).name();
                accused.add(name);
                yield "Đồng thời, " + slots.get("toi") + " tố cáo ông " + name + ", cán bộ " + unit
                        + ", đã có hành vi nhũng nhiễu, gây khó khăn và đòi tiền khi " + slots.get("giadinh")
                        + " đến liên hệ giải quyết công việc.";
            }
            case KIEN_NGHI -> toi + " cũng kiến nghị cấp có thẩm quyền rà soát lại toàn bộ quy trình đã thực hiện, "
                    + "công khai kết quả cho người dân được biết.";
            case PHAN_ANH -> toi + " cũng xin phản ánh việc cán bộ tiếp công dân ở " + slots.get("xa")
                    + " thường xuyên vắng mặt, người dân đến nhiều lần không gặp được ai.";
            case KHIEU_NAI -> toi + " đồng thời khiếu nại việc " + slots.get("bicao")
                    + " không trả lời đơn của " + slots.get("toi") + " đúng thời hạn.";
        };
    }

    private static String resent(Random r, LetterPlan plan, Map<String, String> slots) {
        String date = VietnameseDates.anyForm(r, plan.previousDate());
        String to = plan.previousRecipient().name();
        String toi = slots.get("toi");
        return switch (r.nextInt(RESENT.length)) {
            case 0 -> sentence(String.format(RESENT[0], date.replaceFirst("^ngày ", ""), toi, to));
            case 1 -> sentence(String.format(RESENT[1], toi, to, date));
            default -> sentence(String.format(RESENT[2], date, toi, to, toi));
        };
    }

    private void signature(LetterText t, Random r, Matter m, LetterKind main) {
        if (m.anonymous()) {
            t.line(main == LetterKind.TO_CAO ? "Người tố cáo" : "Người phản ánh");
            t.add(r.nextBoolean() ? "(Xin được giấu tên)" : "(Đề nghị giữ bí mật danh tính)").endBlock();
            return;
        }
        Person first = m.people().get(0);
        if (m.group()) {
            t.line(r.nextBoolean() ? "Đại diện các hộ dân" : "Đại diện những người ký đơn");
        } else {
            t.line(pick(r, kinds.of(main, "sign")));
        }
        t.line(r.nextBoolean() ? "(Ký và ghi rõ họ tên)" : "(Ký, ghi rõ họ tên)");
        t.personal("name", first.name());
        if (m.people().size() == 2) {
            t.add("\n").personal("name", m.people().get(1).name());
        }
        t.endBlock();
    }

    private static void signerList(LetterText t, Random r, Matter m, LocalDate letterDate) {
        t.add(r.nextBoolean() ? "DANH SÁCH CÁC HỘ DÂN CÙNG KÝ ĐƠN" : "DANH SÁCH NGƯỜI KÝ ĐƠN");
        if (letterDate != null && r.nextBoolean()) {
            t.add("\n(Kèm theo đơn " + VietnameseDates.citedForm(r, letterDate) + ")");
        }
        List<Person> people = m.people();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            t.add("\n" + (i + 1) + ". ").personal("name", p.name()).add(", sinh năm " + p.birthYear() + ", ")
                    .personal("address", p.hamlet()).add(r.nextInt(4) == 0 ? " – đã ký" : " – (ký)");
        }
        t.endBlock();
    }

    private static Map<String, String> slots(Matter m, Random r, Address address) {
        boolean plural = m.people().size() > 1;
        Map<String, String> s = new HashMap<>();
        s.put("toi", plural ? "chúng tôi" : "tôi");
        s.put("Toi", plural ? "Chúng tôi" : "Tôi");
        s.put("giadinh", m.group() ? "các hộ dân chúng tôi" : plural ? "gia đình chúng tôi" : "gia đình tôi");
        s.put("xa", address.communeFull());
        s.put("thon", m.hamlet());
        s.put("coquan", m.issuer());
        s.put("bicao", m.accused() == null ? m.issuer() : m.accused().full());
        s.put("bicaongan", m.accused() == null ? m.issuer() : m.accused().shortForm());
        CitedDocument d = m.document();
        s.put("doc", m.topic().docName() + " số " + d.number() + " " + VietnameseDates.citedForm(r, d.date()));
        if (m.parcel() != null) {
            s.put("thua", "thửa đất số " + m.parcel().parcel() + ", tờ bản đồ số " + m.parcel().mapSheet());
        }
        s.put("dt", m.area());
        s.put("tien", m.money());
        s.put("nam", Integer.toString(m.year()));
        s.put("duan", m.project());
        s.put("congty", m.company());
        return s;
    }

    static String fill(String template, Map<String, String> slots) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = slots.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {" + matcher.group(1) + "} in: " + template);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    /** A sentence starts with a capital, whatever its first placeholder was. */
    static String sentence(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private static <T> T pick(Random r, T[] items) {
        return items[r.nextInt(items.length)];
    }
}
