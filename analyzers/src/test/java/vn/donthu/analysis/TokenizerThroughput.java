package vn.donthu.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Measures by hand, single-threaded, how many syllables per second {@link VietnameseTokenizer}
 * gets through next to Lucene's {@link StandardTokenizer} on the same ~10 MB of Vietnamese-like
 * administrative text, in the same run. Not a unit test: timings depend on the machine.
 *
 * <pre>
 * mvn -q -pl analyzers test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp analyzers/target/classes:analyzers/target/test-classes:$(cat analyzers/target/cp.txt) \
 *     vn.donthu.analysis.TokenizerThroughput [megabytes]
 * </pre>
 *
 * <p>The rate of every contender is the number of syllables in the text (as
 * {@link VietnameseTokenizer} counts them) divided by the time it took, so that the rates compare
 * work done on the same text whatever tokens each one makes.
 */
public final class TokenizerThroughput {

    private static final String[] SENTENCES = {
        "Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/01/2021 của UBND huyện Phú Bình về việc thu hồi đất.",
        "Tôi là Nguyễn Thị Hòa, sinh năm 1962, CCCD số 038051007264, cấp ngày 12/3/2021 tại Cục Cảnh sát QLHC về TTXH.",
        "Hộ khẩu thường trú tại xóm Đồng Quang, xã Tân Đức, huyện Phú Bình, tỉnh Thái Nguyên.",
        "Điện thoại: 0387 915 602, email: lehoa@gmail.com.",
        "Nay tôi làm đơn này khiếu nại Quyết định số 45/QĐ-UBND của Chủ tịch Ủy ban nhân dân xã Tân Đức.",
        "Gia đình tôi sử dụng ổn định thửa đất số 215, tờ bản đồ số 12, diện tích 1.500 m2, từ năm 1985 đến nay.",
        "Năm 2020, Ủy ban nhân dân huyện thu hồi 320,5 m2 đất nông nghiệp để thực hiện dự án mở rộng đường tỉnh lộ 266.",
        "Mức bồi thường là 1.500.000 đồng/m2, thấp hơn nhiều so với giá thị trường tại thời điểm thu hồi.",
        "Theo Nghị định 47/2014/NĐ-CP và Thông tư 37/2014/TT-BTNMT, người có đất bị thu hồi được bồi thường theo giá đất cụ thể.",
        "Tôi đã nhiều lần gửi đơn đến Ủy ban nhân dân xã nhưng không được giải quyết, không nhận được trả lời bằng văn bản.",
        "Căn cứ Luật Khiếu nại số 02/2011/QH13 và Luật Đất đai số 45/2013/QH13, tôi đề nghị cơ quan có thẩm quyền xem xét.",
        "Đề nghị hủy bỏ Quyết định thu hồi đất, bồi thường đúng giá trị quyền sử dụng đất và tài sản gắn liền với đất.",
        "Tôi xin cam đoan những nội dung trình bày trên là đúng sự thật, nếu sai tôi xin chịu trách nhiệm trước pháp luật.",
        "Kèm theo đơn gồm: bản sao Giấy chứng nhận quyền sử dụng đất, biên bản làm việc ngày 05/6/2020, các giấy tờ liên quan.",
        "Thanh tra tỉnh đã tiếp nhận đơn, chuyển đến Sở Tài nguyên và Môi trường theo Công văn số 512/TTr-TD ngày 20/7/2021.",
        "Liên hệ: ông Trần Văn Bình, Trưởng thôn, điện thoại 0904.317.652 hoặc +84 912 345 678.",
    };

    private TokenizerThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> letters = letters(megabytes * 1_000_000L, new Random(42));
        long chars = letters.stream().mapToLong(String::length).sum();
        long syllables = countSyllables(letters);
        System.out.printf(Locale.ROOT, "%d letters, %.1f MB of chars, %d syllables, Java %s%n",
                letters.size(), chars / 1e6, syllables, System.getProperty("java.version"));

        Contender[] contenders = {
            new Contender("VietnameseTokenizer", analyzer(VietnameseTokenizer::new, false, false)),
            new Contender("StandardTokenizer", analyzer(StandardTokenizer::new, false, false)),
            new Contender("char filter + VietnameseTokenizer + lower case", analyzer(VietnameseTokenizer::new, true, true)),
            new Contender("StandardAnalyzer", new StandardAnalyzer()),
            new Contender("VietnameseAnalyzer (as on this branch)", new VietnameseAnalyzer()),
        };
        int rounds = 7;
        for (int round = 0; round < rounds; round++) {
            for (Contender contender : contenders) {
                contender.run(letters);
            }
        }
        for (Contender contender : contenders) {
            System.out.printf(Locale.ROOT, "%-48s %,12.0f syllables/s  %6.1f MB chars/s  (%d tokens, best of %d)%n",
                    contender.name, syllables / contender.bestSeconds, chars / contender.bestSeconds / 1e6,
                    contender.tokens, rounds);
        }
    }

    private static final class Contender {
        final String name;
        final Analyzer analyzer;
        double bestSeconds = Double.MAX_VALUE;
        long tokens;

        Contender(String name, Analyzer analyzer) {
            this.name = name;
            this.analyzer = analyzer;
        }

        void run(List<String> letters) throws IOException {
            long start = System.nanoTime();
            long count = 0;
            for (String letter : letters) {
                try (TokenStream stream = analyzer.tokenStream("text", letter)) {
                    stream.reset();
                    while (stream.incrementToken()) {
                        count++;
                    }
                    stream.end();
                }
            }
            bestSeconds = Math.min(bestSeconds, (System.nanoTime() - start) / 1e9);
            tokens = count;
        }
    }

    private interface TokenizerSupplier {
        Tokenizer get();
    }

    private static Analyzer analyzer(TokenizerSupplier tokenizer, boolean charFilter, boolean lowerCase) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, lowerCase ? new LowerCaseFilter(source) : source);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return charFilter ? new VietnameseNormalizationCharFilter(reader) : reader;
            }
        };
    }

    /** Letters of 1 to 8 KB, sentences drawn at random, with paragraph breaks. */
    private static List<String> letters(long totalChars, Random random) {
        List<String> letters = new ArrayList<>();
        long chars = 0;
        while (chars < totalChars) {
            int length = 1000 + random.nextInt(7000);
            StringBuilder letter = new StringBuilder(length + 200);
            while (letter.length() < length) {
                letter.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(random.nextInt(4) == 0 ? "\n" : " ");
            }
            letters.add(letter.toString());
            chars += letter.length();
        }
        return letters;
    }

    private static long countSyllables(List<String> letters) throws IOException {
        long syllables = 0;
        try (Tokenizer tokenizer = new VietnameseTokenizer()) {
            TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
            for (String letter : letters) {
                tokenizer.setReader(new StringReader(letter));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    if (VietnameseTokenizer.SYLLABLE.equals(type.type())) {
                        syllables++;
                    }
                }
                tokenizer.end();
                tokenizer.close();
            }
        }
        return syllables;
    }
}
