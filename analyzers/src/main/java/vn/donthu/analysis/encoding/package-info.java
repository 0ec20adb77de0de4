/**
 * Vietnamese typed in the 8-bit encodings of before Unicode (TCVN3, VNI, VISCII), detected and
 * converted to Unicode, as plain Java without Lucene: {@link vn.donthu.analysis.encoding.LegacyVietnameseText#repair}.
 * The tables are written out in the decoders; the detector's rule is in
 * {@link vn.donthu.analysis.encoding.LegacyEncodingDetector}.
 */
package vn.donthu.analysis.encoding;
