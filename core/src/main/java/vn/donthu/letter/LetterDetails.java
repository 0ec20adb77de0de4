package vn.donthu.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * What was understood from a letter's text: its kind, subject, dates, people, place, recipient and
 * the documents and parcels it cites. Every value that came from the text carries the span it came
 * from in {@link #evidence()}, so an inspector can check it against the letter.
 *
 * @param kinds          one or more of {@link LetterKind}; several for "đơn có nhiều nội dung"
 * @param subjectField   the official statistics category, null when unknown: for khiếu nại (and kiến nghị,
 *                       phản ánh) dat_dai (đất đai), nha_tai_san (nhà, tài sản), che_do_chinh_sach (chế độ
 *                       chính sách), tu_phap (tư pháp), dang (Đảng), khac (khác); for tố cáo hanh_chinh
 *                       (hành chính), tu_phap, tham_nhung (tham nhũng), dang, khac
 * @param topics         finer topics where evident: thu_hoi_dat, boi_thuong, giai_phong_mat_bang, tai_dinh_cu,
 *                       cap_giay_chung_nhan, tranh_chap_dat_dai, cuong_che, tai_san, nguoi_co_cong,
 *                       bao_hiem_xa_hoi, tro_cap_xa_hoi, thi_hanh_an, ban_an, ky_luat_dang, xu_phat_hanh_chinh,
 *                       vi_pham_quan_ly_dat, xay_dung_trai_phep, nhan_hoi_lo, tham_o, vi_pham_to_tung,
 *                       dang_vien_vi_pham, lua_dao, o_nhiem_moi_truong, ha_tang
 * @param signerCount    people who signed or are named as senders; a signer list counts
 * @param crowded        đông người: five or more people
 * @param anonymous      no identifiable sender
 * @param recipientLevel the level the letter was sent to
 * @param overLevel      vượt cấp: sent above the level competent for its kind and subject
 * @param accused        people or bodies complained about or denounced
 * @param personalData   spans of the text that identify a petitioner (names, addresses, identifiers,
 *                       signatures); removed from {@link Letter#redactedText()}
 */
public record LetterDetails(
        List<LetterKind> kinds,
        String subjectField,
        List<String> topics,
        LocalDate letterDate,
        LocalDate receivedDate,
        List<Petitioner> petitioners,
        int signerCount,
        boolean crowded,
        boolean anonymous,
        Locality locality,
        Recipient recipient,
        boolean overLevel,
        List<CitedDocument> citedDocuments,
        List<LandParcel> parcels,
        List<String> accused,
        List<PersonalIdentifier> identifiers,
        List<TextSpan> personalData,
        List<Evidence> evidence) {

    public LetterDetails {
        kinds = List.copyOf(kinds);
        topics = List.copyOf(topics);
        petitioners = List.copyOf(petitioners);
        citedDocuments = List.copyOf(citedDocuments);
        parcels = List.copyOf(parcels);
        accused = List.copyOf(accused);
        identifiers = List.copyOf(identifiers);
        personalData = List.copyOf(personalData);
        evidence = List.copyOf(evidence);
    }

    /** A person who sent or signed the letter. */
    public record Petitioner(String name, Integer birthYear, String address) {
    }

    /**
     * Where the matter is, as resolved from the letter's addresses.
     *
     * @param codeList          the version of the code list the codes belong to ("2008" = 63 provinces with
     *                          districts, valid until 2025-06-30; "2025" = 34 provinces, communes only)
     * @param currentProvinceCode the 34-province unit the place belongs to now, so that trends run across
     *                          the 2025 reorganisation
     */
    public record Locality(
            String codeList,
            String provinceCode, String provinceName,
            String districtCode, String districtName,
            String communeCode, String communeName,
            String currentProvinceCode, String currentProvinceName,
            String addressText) {
    }

    /**
     * The body the letter is addressed to.
     *
     * @param branch chinh_quyen (People's Committees, departments, citizen reception boards), dang (Party
     *               committees and their boards), quoc_hoi (the National Assembly and its provincial
     *               delegations), hdnd (People's Councils), thanh_tra (inspectorates), toa_an (courts),
     *               vien_kiem_sat (procuracies), cong_an (police)
     */
    public record Recipient(String name, RecipientLevel level, String branch) {
    }

    /** A decision, notice or judgment the letter cites ("1234/QĐ-UBND ngày 12/3/2021"). */
    public record CitedDocument(String number, LocalDate date) {
    }

    /** "thửa đất số 125, tờ bản đồ số 7". */
    public record LandParcel(String parcel, String mapSheet) {
    }

    /** A CCCD/CMND number, a phone number or an email address found in the text. */
    public record PersonalIdentifier(String kind, String value) {
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the letter's text. */
    public record TextSpan(String kind, int start, int end) {
    }

    /** The span of text a field's value was read from. */
    public record Evidence(String field, int start, int end) {
    }
}
