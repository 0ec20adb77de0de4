package vn.donthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits Vietnamese text into syllables, and keeps whole what administrative text writes as one
 * thing: document numbers, dates, phone numbers, ID numbers, e-mail addresses, URLs. Offsets are
 * exact (corrected through any char filter) and every token has a position increment of 1.
 * Terms keep the case of the text: lower-casing comes later in the chain.
 *
 * <p>The token types, and what makes each:
 * <ul>
 *   <li>{@link #SYLLABLE}: a run of letters of any script with their combining marks ("khiếu",
 *       decomposed or not), or one Han ideograph. Everything else (spaces, punctuation,
 *       symbols, emoji) separates tokens and is dropped; so does a hyphen: "Covid-19" is "Covid"
 *       and "19", and "215-1" is "215" and "1", which a phrase query still finds together. So do
 *       invisible characters (zero-width space, soft hyphen), which
 *       {@link VietnameseNormalizationCharFilter} removes before the tokenizer sees them.</li>
 *   <li>{@link #ALPHANUM}: such a run with digits in it: "QH14", "F0", "215a", "H5N1".</li>
 *   <li>{@link #NUMBER}: digits, with '.' or ',' between groups of digits: "215", "1.500.000",
 *       "2,5", "5.2". A second comma makes a list, cut at every comma: "12,13,14" is three tokens.</li>
 *   <li>{@link #DOCUMENT_NUMBER}: numbers separated by '/', then '/' and codes separated by '-' or
 *       '&amp;', a code being letters and digits after a letter: "1234/QĐ-UBND",
 *       "05/2021/TT-TTCP", "124/2020/NĐ-CP", "15/2019/QH14", "512/GĐYK". One number and one code
 *       must be upper case ("512/GĐYK"), so that "50/người" stays two tokens; "512/gđyk" typed in
 *       lower case is two tokens too.</li>
 *   <li>{@link #DATE}: d/m/yyyy with '/', '-' or '.' (day 1 to 31, month 1 to 12), yyyy-mm-dd, and
 *       m/yyyy with '/' (years 1900 to 2099). The term is one spelling, dd/mm/yyyy or mm/yyyy, so
 *       that "12/3/2021", "12-03-2021" and "12.03.2021" match each other.</li>
 *   <li>{@link #PHONE}: 10 digits after a 0 (11 after 01 or 02), unbroken or in groups with
 *       spaces, dots or hyphens ("0387 915 602", "0904.317.652"), or after +84
 *       ("+84 904 317 652"). The term is the digits as dialled at home, "0387915602", so that
 *       every spelling matches; the offsets span the number as written.</li>
 *   <li>{@link #ID_NUMBER}: 12 digits (CCCD) or 9 digits (CMND), unbroken.</li>
 *   <li>{@link #EMAIL}: "lehoa@gmail.com". {@link #URL}: after "http://", "https://" or "www.".</li>
 * </ul>
 *
 * <p>Runs longer than {@value VietnameseTokenScanner#MAX_TOKEN_LENGTH} chars are cut. The
 * scanning is done by {@link VietnameseTokenScanner}.
 */
public final class VietnameseTokenizer extends Tokenizer {

    public static final String SYLLABLE = "<SYLLABLE>";
    public static final String ALPHANUM = "<ALPHANUM>";
    public static final String NUMBER = "<NUM>";
    public static final String DOCUMENT_NUMBER = "<DOCNUMBER>";
    public static final String DATE = "<DATE>";
    public static final String PHONE = "<PHONE>";
    public static final String ID_NUMBER = "<IDNUMBER>";
    public static final String EMAIL = "<EMAIL>";
    public static final String URL = "<URL>";

    private final VietnameseTokenScanner scanner = new VietnameseTokenScanner();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    public VietnameseTokenizer() {
    }

    public VietnameseTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!scanner.next(input)) {
            return false;
        }
        term.copyBuffer(scanner.termBuffer(), scanner.termOffset(), scanner.termLength());
        offset.setOffset(correctOffset(scanner.startOffset()), correctOffset(scanner.endOffset()));
        type.setType(scanner.type());
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(scanner.charsRead());
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        scanner.reset();
    }

    @Override
    public void close() throws IOException {
        super.close();
        scanner.reset();
    }
}
