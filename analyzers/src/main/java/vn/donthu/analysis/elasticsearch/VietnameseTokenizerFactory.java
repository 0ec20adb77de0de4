package vn.donthu.analysis.elasticsearch;

import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import vn.donthu.analysis.VietnameseTokenizer;

@NamedComponent("vietnamese")
public final class VietnameseTokenizerFactory implements TokenizerFactory {

    @Override
    public Tokenizer create() {
        return new VietnameseTokenizer();
    }
}
