/**
 * Vietnamese analysis as plain Lucene components, usable without Elasticsearch: normalization
 * ({@link vn.donthu.analysis.VietnameseNormalizer}, also used on text before it is stored: legacy
 * encodings, hyphenated line breaks, invisible chars, look-alikes, NFC), one spelling per syllable
 * in tokens ({@link vn.donthu.analysis.VietnameseOrthographyFilter}), diacritic folding for a
 * separate folded field, and the analyzers built from them.
 */
package vn.donthu.analysis;
