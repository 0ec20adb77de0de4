package vn.donthu.analysis;

import java.io.IOException;
import java.io.Reader;

/**
 * The algorithm behind {@link VietnameseTokenizer}: a hand-written scanner over a char buffer
 * refilled from a {@link Reader}. It looks at each char once on the common path (a table lookup
 * per char, no regular expression, no allocation per token), and its rules look ahead a bounded
 * distance only.
 *
 * <p>Every token is decided by looking at most {@link #WINDOW} chars ahead of its start, and the
 * buffer always holds that much (or the rest of the input) before a token is scanned, so how the
 * reader hands out its text (all at once, or one char at a time) cannot change the tokens.
 *
 * <p>The rules, tried at the first char of a token:
 * <ul>
 *   <li>A run of letters, combining marks and digits is a {@link VietnameseTokenizer#SYLLABLE} if
 *       it has no digit, an {@link VietnameseTokenizer#ALPHANUM} ("QH14", "F0", "215a") if it has.
 *       Any script counts; combining marks (U+0300–U+036F and the others) stay inside the run, so
 *       decomposed "khiếu" is one token. A Han ideograph is a syllable of its own.</li>
 *   <li>Digits start, in order: a {@link VietnameseTokenizer#DOCUMENT_NUMBER}, a
 *       {@link VietnameseTokenizer#DATE}, a {@link VietnameseTokenizer#PHONE}, then a
 *       {@link VietnameseTokenizer#NUMBER} (see {@link VietnameseTokenizer} for each).</li>
 *   <li>A run followed by {@code @} may be an {@link VietnameseTokenizer#EMAIL}; "http://",
 *       "https://" and "www." start a {@link VietnameseTokenizer#URL}.</li>
 *   <li>Anything else separates tokens and is dropped.</li>
 * </ul>
 */
final class VietnameseTokenScanner {

    /** Longer runs are cut into tokens of at most this many chars, as StandardTokenizer does. */
    static final int MAX_TOKEN_LENGTH = 255;
    /** How far ahead of a token's start its rules may look. */
    static final int WINDOW = 1024;

    private static final int MAX_EMAIL_LOCAL_PART = 64;
    /** Digits of "+84 904 317 652", the "+" left out, at most: 84, a 0 written by mistake, 10 digits. */
    private static final int MAX_INTERNATIONAL_DIGITS = 13;

    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    /** ASCII 0 to 9, the only digits that numbers, dates and phone numbers are made of. */
    private static final byte DIGIT = 2;
    /** Digits of other scripts and letter numbers (Ⅳ): part of a run, like letters. */
    private static final byte OTHER_DIGIT = 3;
    private static final byte MARK = 4;
    private static final byte IDEOGRAPH = 5;
    private static final byte HIGH_SURROGATE = 6;

    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CLASSES[c] = Character.isHighSurrogate((char) c) ? HIGH_SURROGATE : classify(c);
        }
    }

    private final char[] buffer = new char[4 * WINDOW];
    /** The end of the text read into {@code buffer}. */
    private int limit;
    /** Offset in the input of {@code buffer[0]}. */
    private int bufferOffset;
    private boolean exhausted;
    /** Where scanning goes on. */
    private int pos;
    /** How far the rules of the token being scanned may look. */
    private int windowEnd;

    private int start;
    private int end;
    private String type;
    /** The term of a token whose term is not its text (phone numbers, dates), or -1. */
    private final char[] normalized = new char[16];
    private int normalizedLength = -1;
    private final char[] phoneDigits = new char[MAX_INTERNATIONAL_DIGITS];
    private boolean runHasDigit;
    /** Offset in the input just after a comma that separates the items of a list of numbers. */
    private int listCommaEnd = -1;
    /** Offset in the input just after a day/month/year that is not a date ("32/1/2021"). */
    private int notDateEnd = -1;

    /** Forgets the text read so far, to scan a new input. */
    void reset() {
        limit = 0;
        bufferOffset = 0;
        exhausted = false;
        pos = 0;
        normalizedLength = -1;
        listCommaEnd = -1;
        notDateEnd = -1;
    }

    /**
     * Scans the next token, reading more from {@code reader} as needed.
     *
     * @return false at the end of the input
     */
    boolean next(Reader reader) throws IOException {
        normalizedLength = -1;
        while (true) {
            if (limit - pos < WINDOW && !exhausted) {
                refill(reader);
            }
            if (pos >= limit) {
                return false;
            }
            windowEnd = Math.min(limit, pos + WINDOW);
            char c = buffer[pos];
            switch (CLASSES[c]) {
                case LETTER, OTHER_DIGIT -> {
                    word(pos);
                    return true;
                }
                case DIGIT -> {
                    number(pos);
                    return true;
                }
                case IDEOGRAPH -> {
                    ideograph(pos, 1);
                    return true;
                }
                case HIGH_SURROGATE -> {
                    if (pos + 1 < limit && Character.isLowSurrogate(buffer[pos + 1])) {
                        byte supplementary = classify(Character.toCodePoint(c, buffer[pos + 1]));
                        if (supplementary == LETTER || supplementary == OTHER_DIGIT) {
                            word(pos);
                            return true;
                        }
                        if (supplementary == IDEOGRAPH) {
                            ideograph(pos, 2);
                            return true;
                        }
                        pos += 2;
                    } else {
                        pos++;
                    }
                }
                default -> {
                    if (c == '+' && internationalPhone(pos)) {
                        return true;
                    }
                    // Separators, and combining marks with no letter before them.
                    pos++;
                }
            }
        }
    }

    /** The term: its text in the input, or for phone numbers and dates their one spelling. */
    char[] termBuffer() {
        return normalizedLength < 0 ? buffer : normalized;
    }

    int termOffset() {
        return normalizedLength < 0 ? start : 0;
    }

    int termLength() {
        return normalizedLength < 0 ? end - start : normalizedLength;
    }

    /** Offset in the input of the token's first char. */
    int startOffset() {
        return bufferOffset + start;
    }

    /** Offset in the input just after the token's last char. */
    int endOffset() {
        return bufferOffset + end;
    }

    String type() {
        return type;
    }

    /** How many chars were read; once {@link #next} returned false, the length of the input. */
    int charsRead() {
        return bufferOffset + limit;
    }

    /**
     * Moves the text not scanned yet to the front, then reads until a window's worth is buffered
     * or the input ends. Never called while a token is being scanned: buffer indexes stay valid.
     */
    private void refill(Reader reader) throws IOException {
        int remaining = limit - pos;
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, remaining);
            bufferOffset += pos;
            pos = 0;
            limit = remaining;
        }
        while (limit < WINDOW && !exhausted) {
            int read = reader.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                exhausted = true;
            } else {
                limit += read;
            }
        }
    }

    private void emit(int start, int end, String type) {
        this.start = start;
        this.end = end;
        this.type = type;
        pos = end;
    }

    // Words

    private void word(int start) {
        int end = run(start);
        finishWord(start, end, runHasDigit ? VietnameseTokenizer.ALPHANUM : VietnameseTokenizer.SYLLABLE);
    }

    private void finishWord(int start, int end, String type) {
        if (end < windowEnd && end - start < MAX_TOKEN_LENGTH) {
            char next = buffer[end];
            if ((next == ':' || next == '.') && url(start, end)) {
                return;
            }
            if ((next == '@' || isEmailLocalPartChar(next)) && email(start)) {
                return;
            }
        }
        emit(start, end, type);
    }

    /**
     * The end of the run of letters, marks and digits from {@code start}, cut after
     * {@link #MAX_TOKEN_LENGTH} chars: before the last letter that fits, so that no letter loses its
     * marks, and never inside a surrogate pair. Sets {@link #runHasDigit}.
     */
    private int run(int start) {
        int max = Math.min(windowEnd, start + MAX_TOKEN_LENGTH);
        boolean digit = false;
        int i = start;
        while (i < max) {
            char c = buffer[i];
            byte k = CLASSES[c];
            if (k == LETTER || k == MARK) {
                i++;
            } else if (k == DIGIT || k == OTHER_DIGIT) {
                digit = true;
                i++;
            } else if (k == HIGH_SURROGATE && i + 1 < max && Character.isLowSurrogate(buffer[i + 1])) {
                byte supplementary = classify(Character.toCodePoint(c, buffer[i + 1]));
                if (supplementary == LETTER || supplementary == MARK) {
                    i += 2;
                } else if (supplementary == OTHER_DIGIT) {
                    digit = true;
                    i += 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if (i == max && i < windowEnd) {
            int cut = i;
            while (cut > start && (CLASSES[buffer[cut]] == MARK || Character.isLowSurrogate(buffer[cut]))) {
                cut--;
            }
            if (cut > start) {
                i = cut;
            } else if (Character.isLowSurrogate(buffer[i])) {
                // One letter and nothing but marks: cut among them, not inside a pair.
                i--;
            }
        }
        runHasDigit = digit;
        return i;
    }

    /** A Han ideograph reads as one Vietnamese syllable (Hán-Việt), so it is a token of its own. */
    private void ideograph(int start, int width) {
        int end = start + width;
        while (end < windowEnd && end - start < MAX_TOKEN_LENGTH && CLASSES[buffer[end]] == MARK) {
            end++;
        }
        emit(start, end, VietnameseTokenizer.SYLLABLE);
    }

    // Tokens that start with a digit

    private void number(int start) {
        int digitsEnd = digitRun(start, Math.min(windowEnd, start + MAX_TOKEN_LENGTH));
        if (digitsEnd < windowEnd) {
            char next = buffer[digitsEnd];
            byte k = CLASSES[next];
            if (k == LETTER || k == MARK || k == OTHER_DIGIT || k == HIGH_SURROGATE) {
                int end = run(start);
                if (end > digitsEnd) {
                    finishWord(start, end, VietnameseTokenizer.ALPHANUM);
                    return;
                }
            }
            boolean found = switch (next) {
                case '/' -> documentNumber(start, digitsEnd) || date(start, digitsEnd, '/') || monthYear(start, digitsEnd);
                case '-' -> date(start, digitsEnd, '-') || isoDate(start, digitsEnd) || phone(start, digitsEnd, '-');
                case '.' -> date(start, digitsEnd, '.') || phone(start, digitsEnd, '.');
                case ' ', '\u00A0' -> phone(start, digitsEnd, next);
                case '@', '_' -> email(start);
                default -> false;
            };
            if (found) {
                return;
            }
        }
        decimalNumber(start, digitsEnd);
    }

    /**
     * Digits with '.' or ',' between groups: "1.500.000", "2,5", "1.500.000,50", "5.2". A second
     * comma makes a list ("thửa 12,13,14"), which is cut at every comma so that each item can be
     * found. Without separators, 9 and 12 digits are an ID number (CMND, CCCD), 10 digits after a
     * 0, or 11 after 01 or 02, a phone number.
     */
    private void decimalNumber(int start, int digitsEnd) {
        int max = Math.min(windowEnd, start + MAX_TOKEN_LENGTH);
        int end = digitsEnd;
        int firstComma = -1;
        int commas = 0;
        while (end + 1 < max && (buffer[end] == '.' || buffer[end] == ',') && isAsciiDigit(buffer[end + 1])) {
            if (buffer[end] == ',') {
                if (firstComma < 0) {
                    firstComma = end;
                }
                commas++;
            }
            end = digitRun(end + 1, max);
        }
        boolean listItem = bufferOffset + start == listCommaEnd;
        if (firstComma >= 0 && (commas > 1 || listItem)) {
            end = firstComma;
            listCommaEnd = bufferOffset + firstComma + 1;
        }
        String type = VietnameseTokenizer.NUMBER;
        if (end == digitsEnd) {
            int digits = digitsEnd - start;
            if (digits == 9 || digits == 12) {
                type = VietnameseTokenizer.ID_NUMBER;
            } else if (isPhoneNumberLength(digits, buffer[start], digits > 1 ? buffer[start + 1] : 0)) {
                type = VietnameseTokenizer.PHONE;
            }
        }
        emit(start, end, type);
    }

    /**
     * {@code NUMBER ("/" NUMBER)* "/" CODE (("-" | "&") CODE)*}, CODE a run of letters and digits
     * that starts with a letter: "1234/QĐ-UBND", "05/2021/TT-TTCP", "15/2019/QH14", "512/GĐYK".
     * A lone code after a lone number must be upper case ("512/GĐYK" but not "50/người").
     */
    private boolean documentNumber(int start, int firstNumberEnd) {
        int max = Math.min(windowEnd, start + MAX_TOKEN_LENGTH);
        int numbers = 1;
        int i = firstNumberEnd;
        while (i + 1 < max && buffer[i] == '/' && isAsciiDigit(buffer[i + 1])) {
            i = digitRun(i + 1, max);
            numbers++;
        }
        if (i + 1 >= max || buffer[i] != '/') {
            return false;
        }
        int codes = 0;
        boolean upperCase = true;
        int end = -1;
        int codeStart = i + 1;
        while (codeStart < max && CLASSES[buffer[codeStart]] == LETTER) {
            int k = codeStart;
            while (k < max) {
                char c = buffer[k];
                byte cls = CLASSES[c];
                if (cls == LETTER) {
                    upperCase &= !Character.isLowerCase(c);
                } else if (cls != MARK && cls != DIGIT) {
                    break;
                }
                k++;
            }
            codes++;
            end = k;
            if (k + 1 < max && (buffer[k] == '-' || buffer[k] == '&')) {
                codeStart = k + 1;
            } else {
                break;
            }
        }
        if (codes == 0 || !(numbers > 1 || codes > 1 || upperCase) || continuesWord(end)) {
            return false;
        }
        emit(start, end, VietnameseTokenizer.DOCUMENT_NUMBER);
        return true;
    }

    /** d/m/yyyy, with '/', '-' or '.' twice, day 1 to 31, month 1 to 12; the term is dd/mm/yyyy. */
    private boolean date(int start, int dayEnd, char separator) {
        if (dayEnd - start > 2) {
            return false;
        }
        int monthStart = dayEnd + 1;
        int monthEnd = digitRun(monthStart, windowEnd);
        if (monthEnd == monthStart || monthEnd - monthStart > 2 || !isAt(monthEnd, separator)) {
            return false;
        }
        int yearStart = monthEnd + 1;
        int yearEnd = digitRun(yearStart, windowEnd);
        if (yearEnd - yearStart != 4 || !endsNumber(yearEnd, separator)) {
            return false;
        }
        if (emitDate(start, yearEnd, value(start, dayEnd), value(monthStart, monthEnd), yearStart)) {
            return true;
        }
        // Its month and year must not make a month of a year: "32/1/2021" is no date in January.
        notDateEnd = bufferOffset + yearEnd;
        return false;
    }

    /** yyyy-mm-dd, as software writes dates; the term is dd/mm/yyyy as for any other date. */
    private boolean isoDate(int start, int yearEnd) {
        if (yearEnd - start != 4) {
            return false;
        }
        int monthEnd = digitRun(yearEnd + 1, windowEnd);
        if (monthEnd - yearEnd - 1 != 2 || !isAt(monthEnd, '-')) {
            return false;
        }
        int dayEnd = digitRun(monthEnd + 1, windowEnd);
        if (dayEnd - monthEnd - 1 != 2 || !endsNumber(dayEnd, '-')) {
            return false;
        }
        return emitDate(start, dayEnd, value(monthEnd + 1, dayEnd), value(yearEnd + 1, monthEnd), start);
    }

    private boolean emitDate(int start, int end, int day, int month, int yearStart) {
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        twoDigitsAndSlash(0, day);
        twoDigitsAndSlash(3, month);
        System.arraycopy(buffer, yearStart, normalized, 6, 4);
        normalizedLength = 10;
        emit(start, end, VietnameseTokenizer.DATE);
        return true;
    }

    /** Writes {@code value} (0 to 99) as two digits and a '/' into the term at {@code at}: "3" becomes "03/". */
    private void twoDigitsAndSlash(int at, int value) {
        normalized[at] = (char) ('0' + value / 10);
        normalized[at + 1] = (char) ('0' + value % 10);
        normalized[at + 2] = '/';
    }

    /** m/yyyy ("tháng 3/2021"), month 1 to 12, year 1900 to 2099; the term is mm/yyyy. */
    private boolean monthYear(int start, int monthEnd) {
        if (monthEnd - start > 2) {
            return false;
        }
        int yearStart = monthEnd + 1;
        int yearEnd = digitRun(yearStart, windowEnd);
        if (yearEnd - yearStart != 4 || !endsNumber(yearEnd, '/') || bufferOffset + yearEnd == notDateEnd) {
            return false;
        }
        int month = value(start, monthEnd);
        int year = value(yearStart, yearEnd);
        if (month < 1 || month > 12 || year < 1900 || year > 2099) {
            return false;
        }
        twoDigitsAndSlash(0, month);
        System.arraycopy(buffer, yearStart, normalized, 3, 4);
        normalizedLength = 7;
        emit(start, yearEnd, VietnameseTokenizer.DATE);
        return true;
    }

    /**
     * Groups of digits with one kind of separator (space, no-break space, '.', '-') between them,
     * a first group of 3 digits or more that starts with 0, every group of 2 or more, and 10
     * digits in all (11 after 01, old mobiles, or 02, landlines): "0387 915 602", "0904.317.652",
     * "024 3825 1234". The term is the digits alone. Groups are taken while they fit in 11 digits:
     * "038 051 007 264", a CCCD written in groups, stays four numbers.
     */
    private boolean phone(int start, int firstGroupEnd, char separator) {
        if (buffer[start] != '0' || firstGroupEnd - start < 3) {
            return false;
        }
        int digits = firstGroupEnd - start;
        int groups = 1;
        int i = firstGroupEnd;
        while (i + 1 < windowEnd && buffer[i] == separator && isAsciiDigit(buffer[i + 1])) {
            int groupEnd = digitRun(i + 1, windowEnd);
            if (groupEnd - i - 1 < 2 || digits + groupEnd - i - 1 > 11) {
                // Not part of the number: "0387 915 602 5 lần", "024 3825 1234 0387 915 602".
                break;
            }
            digits += groupEnd - i - 1;
            groups++;
            i = groupEnd;
        }
        if (groups < 2 || !isPhoneNumberLength(digits, buffer[start], buffer[start + 1]) || continuesWord(i)) {
            return false;
        }
        normalizedLength = 0;
        for (int k = start; k < i; k++) {
            if (isAsciiDigit(buffer[k])) {
                normalized[normalizedLength++] = buffer[k];
            }
        }
        emit(start, i, VietnameseTokenizer.PHONE);
        return true;
    }

    /**
     * "+84 904 317 652", "+84904317652", "+84.904.317.652": the term is the number as dialled at
     * home, "0904317652", so that every spelling of it matches. A 0 written after +84 is kept once.
     */
    private boolean internationalPhone(int plus) {
        int firstGroupStart = plus + 1;
        if (!isAt(firstGroupStart, '8') || !isAt(firstGroupStart + 1, '4')) {
            return false;
        }
        int i = digitRun(firstGroupStart, windowEnd);
        int count = 0;
        if (i - firstGroupStart > MAX_INTERNATIONAL_DIGITS) {
            return false;
        }
        for (int k = firstGroupStart; k < i; k++) {
            phoneDigits[count++] = buffer[k];
        }
        if (i + 1 < windowEnd && isPhoneSeparator(buffer[i]) && isAsciiDigit(buffer[i + 1])) {
            char separator = buffer[i];
            while (i + 1 < windowEnd && buffer[i] == separator && isAsciiDigit(buffer[i + 1])) {
                int groupEnd = digitRun(i + 1, windowEnd);
                if (groupEnd - i - 1 < 2 || count + groupEnd - i - 1 > MAX_INTERNATIONAL_DIGITS) {
                    return false;
                }
                for (int k = i + 1; k < groupEnd; k++) {
                    phoneDigits[count++] = buffer[k];
                }
                i = groupEnd;
            }
        }
        if (continuesWord(i) || count < 3) {
            return false;
        }
        // phoneDigits holds 84 and the national number, with or without its leading 0.
        int national = phoneDigits[2] == '0' ? 2 : 1;
        int length = count - national;
        if (national == 1) {
            phoneDigits[1] = '0';
        }
        if (!isPhoneNumberLength(length, '0', phoneDigits[national + 1])) {
            return false;
        }
        System.arraycopy(phoneDigits, national, normalized, 0, length);
        normalizedLength = length;
        emit(plus, i, VietnameseTokenizer.PHONE);
        return true;
    }

    private static boolean isPhoneNumberLength(int digits, char first, char second) {
        return first == '0' && (digits == 10 || (digits == 11 && (second == '1' || second == '2')));
    }

    private static boolean isPhoneSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '.' || c == '-';
    }

    // E-mail addresses and URLs

    /**
     * local@domain: the local part of ASCII letters, digits and ._%+- (not ending with '.'), the
     * domain of two labels or more, the last one of letters only.
     */
    private boolean email(int start) {
        int i = start;
        int localMax = Math.min(windowEnd, start + MAX_EMAIL_LOCAL_PART);
        while (i < localMax && (isAsciiLetterOrDigit(buffer[i]) || isEmailLocalPartChar(buffer[i]))) {
            i++;
        }
        if (i == start || !isAt(i, '@') || buffer[i - 1] == '.') {
            return false;
        }
        int max = Math.min(windowEnd, start + MAX_TOKEN_LENGTH);
        int labels = 0;
        int end = -1;
        boolean lastLabelIsLetters = false;
        int labelStart = i + 1;
        while (true) {
            int k = labelStart;
            boolean letters = true;
            while (k < max && (isAsciiLetterOrDigit(buffer[k]) || buffer[k] == '-')) {
                letters &= isAsciiLetter(buffer[k]);
                k++;
            }
            if (k == labelStart || buffer[labelStart] == '-' || buffer[k - 1] == '-') {
                break;
            }
            labels++;
            end = k;
            lastLabelIsLetters = letters && k - labelStart >= 2;
            if (k + 1 < max && buffer[k] == '.') {
                labelStart = k + 1;
            } else {
                break;
            }
        }
        if (labels < 2 || !lastLabelIsLetters || continuesWord(end)) {
            return false;
        }
        emit(start, end, VietnameseTokenizer.EMAIL);
        return true;
    }

    /** "http://", "https://" or "www." and what follows up to a space, trailing punctuation left out. */
    private boolean url(int start, int runEnd) {
        int length = runEnd - start;
        int bodyStart;
        if ((length == 4 && startsWithIgnoreCase(start, "http") || length == 5 && startsWithIgnoreCase(start, "https"))
                && isAt(runEnd, ':') && isAt(runEnd + 1, '/') && isAt(runEnd + 2, '/')) {
            bodyStart = runEnd + 3;
        } else if (length == 3 && startsWithIgnoreCase(start, "www") && isAt(runEnd, '.')) {
            bodyStart = runEnd + 1;
        } else {
            return false;
        }
        int max = Math.min(windowEnd, start + MAX_TOKEN_LENGTH);
        int i = bodyStart;
        while (i < max && isUrlChar(buffer[i])) {
            i++;
        }
        while (i > bodyStart && isUrlTrailingPunctuation(buffer[i - 1])) {
            i--;
        }
        if (i == bodyStart || !isAsciiLetterOrDigit(buffer[bodyStart])) {
            return false;
        }
        emit(start, i, VietnameseTokenizer.URL);
        return true;
    }

    private boolean startsWithIgnoreCase(int start, String prefix) {
        for (int k = 0; k < prefix.length(); k++) {
            if ((buffer[start + k] | 0x20) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Besides ASCII letters and digits. */
    private static boolean isEmailLocalPartChar(char c) {
        return c == '.' || c == '_' || c == '-' || c == '+' || c == '%';
    }

    private static boolean isUrlChar(char c) {
        if (c <= ' ' || c >= 0x7F) {
            return false;
        }
        return switch (c) {
            case '<', '>', '"', '\'', '`', '{', '}', '|', '\\', '^' -> false;
            default -> true;
        };
    }

    private static boolean isUrlTrailingPunctuation(char c) {
        return switch (c) {
            case '.', ',', ';', ':', '!', '?', ')', ']' -> true;
            default -> false;
        };
    }

    // Helpers

    private boolean isAt(int i, char c) {
        return i < windowEnd && buffer[i] == c;
    }

    /** Whether a token cannot end before {@code i}: a letter, digit or mark follows. */
    private boolean continuesWord(int i) {
        if (i >= windowEnd) {
            return false;
        }
        byte k = CLASSES[buffer[i]];
        return k != OTHER && k != IDEOGRAPH;
    }

    /** Whether a number of a date ends before {@code i}: no word char, nor separator and digit. */
    private boolean endsNumber(int i, char separator) {
        if (continuesWord(i)) {
            return false;
        }
        return !(i + 1 < windowEnd && buffer[i] == separator && isAsciiDigit(buffer[i + 1]));
    }

    private int digitRun(int from, int max) {
        int i = from;
        while (i < max && isAsciiDigit(buffer[i])) {
            i++;
        }
        return i;
    }

    /** The value of at most 4 digits. */
    private int value(int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + buffer[i] - '0';
        }
        return value;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }

    private static byte classify(int codePoint) {
        if (codePoint >= '0' && codePoint <= '9') {
            return DIGIT;
        }
        if (Character.isIdeographic(codePoint)) {
            return IDEOGRAPH;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER -> LETTER;
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> MARK;
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER -> OTHER_DIGIT;
            default -> OTHER;
        };
    }
}
