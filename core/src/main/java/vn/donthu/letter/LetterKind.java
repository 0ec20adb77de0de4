package vn.donthu.letter;

/** The kinds of petition the law distinguishes; one letter may be several. */
public enum LetterKind {
    /** Khiếu nại: a complaint against an administrative decision or act affecting the sender. */
    KHIEU_NAI,
    /** Tố cáo: a denunciation of someone's violation; the sender's identity is protected. */
    TO_CAO,
    /** Kiến nghị: a proposal. */
    KIEN_NGHI,
    /** Phản ánh: information brought to the authorities' attention. */
    PHAN_ANH
}
