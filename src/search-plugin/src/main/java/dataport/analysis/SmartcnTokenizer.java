package dataport.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * Chinese word segmentation (Lucene smartcn, a hidden Markov model over a built-in dictionary):
 * "跨境数据服务" becomes "跨境", "数据", "服务". Latin words and numbers pass through, lower-cased and with
 * full-width forms folded, so mixed Chinese/English text needs no second tokenizer.
 *
 * <p>Unlike the plain HMMChineseTokenizer it drops punctuation: smartcn emits every punctuation mark as a ","
 * token and leaves it to SmartChineseAnalyzer's stop list to remove them; a custom analyzer built on the
 * tokenizer would otherwise index commas.
 */
public final class SmartcnTokenizer extends HMMChineseTokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    @Override
    protected boolean incrementWord() {
        while (super.incrementWord()) {
            if (hasLetterOrDigit(term)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterOrDigit(CharSequence text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    @NamedComponent("dataport_smartcn")
    public static final class Factory implements TokenizerFactory {
        @Override
        public Tokenizer create() {
            return new SmartcnTokenizer();
        }
    }
}
