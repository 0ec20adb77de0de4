/**
 * Vietnamese word segmentation in plain Java, without Lucene: a {@link
 * vn.donthu.analysis.segment.Lexicon} of multi-syllable words (shipped, operator's, learned), the
 * {@link vn.donthu.analysis.segment.CollocationLearner} that finds words in raw text, the {@link
 * vn.donthu.analysis.segment.WordSegmenter} that cuts runs of syllables into words, and {@link
 * vn.donthu.analysis.segment.SegmentationBenchmark}, which measures it against the UD Vietnamese
 * VTB treebank. {@link vn.donthu.analysis.VietnameseWordFilter} is the Lucene adapter.
 */
package vn.donthu.analysis.segment;
