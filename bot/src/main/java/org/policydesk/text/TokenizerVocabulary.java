package org.policydesk.text;

import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;

/**
 * The English vocabulary of the embedding model's WordPiece tokenizer (bert-base-uncased, about
 * 30,000 pieces): a word it holds as one piece is a common word ("first", "moreover"); names it has
 * not learnt split into pieces ("novatek" is nova + ##tek).
 */
public final class TokenizerVocabulary implements Vocabulary {

    private final HuggingFaceTokenCountEstimator tokenizer = new HuggingFaceTokenCountEstimator();

    @Override
    public boolean holds(String lowerCaseWord) {
        return lowerCaseWord.chars().allMatch(Character::isLetter) && tokenizer.estimateTokenCountInText(lowerCaseWord) == 1;
    }
}
