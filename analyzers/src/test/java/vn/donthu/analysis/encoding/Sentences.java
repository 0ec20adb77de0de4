package vn.donthu.analysis.encoding;

/** Text of petition letters and of texts in other languages, for the legacy encoding tests. */
final class Sentences {

    static final String[] VIETNAMESE = {
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ĐƠN KHIẾU NẠI",
        "Kính gửi: Ủy ban nhân dân huyện Phú Bình, tỉnh Thái Nguyên.",
        "Tôi tên là Nguyễn Văn Bình, sinh năm 1962, thường trú tại xóm Giữa, xã Tân Đức.",
        "Năm 2019, Ủy ban nhân dân xã đã thu hồi 1.250 m2 đất nông nghiệp của gia đình tôi để làm công trình thủy lợi, "
                + "nhưng việc bồi thường, hỗ trợ chưa thỏa đáng.",
        "Đề nghị quý cơ quan xem xét, giải quyết dứt điểm để gia đình tôi yên tâm sản xuất.",
        "Hòa giải tranh chấp đất đai tại cơ sở không thành, chúng tôi khiếu nại lần thứ hai.",
        "Xin trân trọng cảm ơn! Người làm đơn ký và ghi rõ họ tên.",
    };

    static final String[] OTHER_LANGUAGES = {
        "The People's Committee of Phu Binh district received the complaint on 12 March 2019.",
        "Microsoft® Word 97 — Copyright © 1983-1996. Temperature 25°C ± 2°, ½ cup, 3 × 4 ÷ 2.",
        "Où est-il allé? Je ne sais pas où. Il a dû partir là-bas, où l'été est déjà chaud.",
        "Les réclamations doivent être déposées auprès du comité populaire, où elles sont examinées. "
                + "C'est à la préfecture qu'il a dû aller; voilà où ça s'est passé, au début de l'année.",
        "Ça a été une très belle journée à Noël, naïve et française, près de l'hôtel où nous étions.",
        "Die Beschwerde wurde von Herrn Müller bearbeitet. Größe, Straße, schön, für, über, Mädchen, Äpfel, Öl.",
        "Mañana el señor Núñez irá a la oficina; aún no sé qué pasó allá, ¿dónde está el niño? Sí, Perú y Panamá.",
        "Não sei se você vai à reunião; a mãe e o avô estão lá, só após o almoço. Ação, coração, órgão.",
        "Perché la città è così? Più tardi, giù per la via, ciò sarà già fatto. Però l'università.",
        "Guðrún Þórðardóttir og Jón Ólafsson búa á Íslandi, í Reykjavík. Æðarfugl, þökk, fjörður.",
        "Dansk: smørrebrød, æble, blåbær. Svenska: åtta, älg, ö. Suomi: pöytä, hyvää päivää.",
    };

    private Sentences() {
    }
}
