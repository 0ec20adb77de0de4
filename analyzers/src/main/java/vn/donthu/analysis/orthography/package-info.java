/**
 * Vietnamese spelling as plain Java, without Lucene: the parts of a written syllable and whether
 * spelling allows it ({@link vn.donthu.analysis.orthography.VietnameseSyllable}), one place for the
 * tone mark ({@link vn.donthu.analysis.orthography.ToneMarkPlacement}: hòa, not hoà) and one spelling
 * of the i/y doublets ({@link vn.donthu.analysis.orthography.SpellingVariants}: kỳ, not kì).
 *
 * <p>These rules make different spellings of one word match in search. They are applied to tokens,
 * never to stored text: what people wrote is kept as they wrote it.
 */
package vn.donthu.analysis.orthography;
