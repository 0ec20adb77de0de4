/**
 * Vietnamese analysis as plain Lucene components, usable without Elasticsearch: normalization
 * ({@link vn.donthu.analysis.VietnameseNormalizer}, also used on text before it is stored),
 * diacritic folding for a separate folded field, and the analyzers built from them.
 */
package vn.donthu.analysis;
