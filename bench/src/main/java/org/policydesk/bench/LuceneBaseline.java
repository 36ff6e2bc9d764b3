package org.policydesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.policydesk.eval.RetrievalMetrics.Found;

/**
 * The keyword baseline a Java developer would reach for: Lucene BM25 over the passages (title and
 * text, English analysis with Porter stemming and stopwords), held in memory.
 */
final class LuceneBaseline implements AutoCloseable {

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    LuceneBaseline(List<Found> passages, List<String> titles) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < passages.size(); i++) {
                Document d = new Document();
                d.add(new StoredField("id", passages.get(i).id()));
                d.add(new StoredField("text", passages.get(i).text()));
                d.add(new TextField("body", titles.get(i) + "\n" + passages.get(i).text(), Field.Store.NO));
                writer.addDocument(d);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
    }

    List<Found> search(String query, int k) {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        try (TokenStream tokens = analyzer.tokenStream("body", query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            int count = 0;
            while (tokens.incrementToken() && count++ < BooleanQuery.getMaxClauseCount()) {
                terms.add(new TermQuery(new Term("body", term.toString())), BooleanClause.Occur.SHOULD);
            }
            tokens.end();
            List<Found> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(terms.build(), k).scoreDocs) {
                Document d = searcher.storedFields().document(hit.doc);
                found.add(new Found(d.get("id"), d.get("text")));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
