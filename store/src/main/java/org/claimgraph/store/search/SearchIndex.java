package org.claimgraph.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.claimgraph.core.Document;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreException;

/**
 * Full-text search over stored documents and their sentences (Lucene, English stemming), with facet
 * counts by actor, country and event kind taken from the stored facts. The store stays the truth:
 * the index can always be rebuilt from it ({@link #rebuild}). Thread-safe: Lucene's writer and
 * searcher manager are, and writes that must be seen together are serialized here.
 */
public final class SearchIndex implements AutoCloseable {
    /** Facet names, as {@link SearchResult#facets()} keys them. */
    public static final String ACTOR = "actor";
    public static final String COUNTRY = "country";
    public static final String KIND = "kind";

    private static final String TYPE = "type";
    private static final String TYPE_DOCUMENT = "document";
    private static final String TYPE_SENTENCE = "sentence";
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String OUTLET = "outlet";
    private static final String PUBLISHED = "published";
    private static final String TEXT = "text";
    private static final String START = "start";
    private static final String END = "end";
    private static final int SENTENCES_PER_HIT = 3;
    private static final int FACET_VALUES = 20;

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();

    private SearchIndex(Directory directory) {
        this.directory = directory;
        this.analyzer = new EnglishAnalyzer();
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            // An empty commit so a searcher can open on a brand-new directory.
            writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new StoreException("open search index", null, "cannot open the index in " + directory, e);
        }
    }

    /** An index in memory, rebuilt from the store each time a process starts. */
    public static SearchIndex inMemory() {
        return new SearchIndex(new ByteBuffersDirectory());
    }

    /** An index in this folder (created if missing), kept across restarts. */
    public static SearchIndex onDisk(Path folder) {
        try {
            return new SearchIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new StoreException("open search index", null, "cannot open the index folder " + folder, e);
        }
    }

    /** Adds the document and its sentences, replacing what was indexed under its id; facts may be null. */
    public void index(Document doc, Extraction factsOrNull) {
        Objects.requireNonNull(doc, "doc");
        synchronized (writeLock) {
            try {
                write(doc, factsOrNull);
                commit();
            } catch (IOException e) {
                throw new StoreException("index", doc.id(), "cannot write the search index", e);
            }
        }
    }

    /** Empties the index and indexes every stored document with its facts; returns how many. */
    public int rebuild(Store store) {
        synchronized (writeLock) {
            try {
                writer.deleteAll();
                int n = 0;
                for (String id : store.documentIds()) {
                    Document doc = store.findDocument(id).orElse(null);
                    if (doc != null) {
                        write(doc, store.findExtraction(id).orElse(null));
                        n++;
                    }
                }
                commit();
                return n;
            } catch (IOException e) {
                throw new StoreException("rebuild index", null, "cannot write the search index", e);
            }
        }
    }

    /** How many documents are indexed. */
    public int size() {
        return withSearcher(s -> s.count(new TermQuery(new Term(TYPE, TYPE_DOCUMENT))));
    }

    /**
     * Documents matching the query, best first (newest first when there is no text), with facet
     * counts over all matches.
     *
     * @throws IllegalArgumentException when the text is not a valid query and cannot be read as plain words
     */
    public SearchResult search(SearchQuery q) {
        Objects.requireNonNull(q, "q");
        Query textQuery = q.text() == null ? null : parse(q.text(), TITLE, TEXT);
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, TYPE_DOCUMENT)), BooleanClause.Occur.FILTER);
        b.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, BooleanClause.Occur.MUST);
        filter(b, ACTOR, q.actor());
        filter(b, COUNTRY, q.country());
        filter(b, KIND, q.kind());
        Query query = b.build();
        return withSearcher(s -> {
            int all = Math.max(1, s.getIndexReader().maxDoc());
            TopDocs top = textQuery == null
                    ? s.search(query, all, new Sort(new SortField(PUBLISHED + "_sort", SortField.Type.STRING, true)))
                    : s.search(query, all);
            StoredFields stored = s.storedFields();
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            for (String facet : List.of(ACTOR, COUNTRY, KIND)) {
                counts.put(facet, new TreeMap<>());
            }
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                org.apache.lucene.document.Document d = stored.document(sd.doc);
                for (String facet : counts.keySet()) {
                    for (String v : d.getValues(facet)) {
                        counts.get(facet).merge(v, 1, Integer::sum);
                    }
                }
                if (i >= q.offset() && hits.size() < q.limit()) {
                    String id = d.get(ID);
                    hits.add(new SearchResult.Hit(id, d.get(TITLE), d.get(OUTLET), d.get(PUBLISHED),
                            Float.isNaN(sd.score) ? 0f : sd.score,
                            textQuery == null ? List.of() : sentences(s, id, q.text())));
                }
            }
            Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
            counts.forEach((facet, values) -> facets.put(facet, values.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(FACET_VALUES)
                    .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue()))
                    .toList()));
            return new SearchResult(top.scoreDocs.length, hits, facets);
        });
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private List<SearchResult.SentenceHit> sentences(IndexSearcher s, String documentId, String text) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, TYPE_SENTENCE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ID, documentId)), BooleanClause.Occur.FILTER)
                .add(parse(text, TEXT), BooleanClause.Occur.MUST)
                .build();
        List<SearchResult.SentenceHit> out = new ArrayList<>();
        StoredFields stored = s.storedFields();
        for (ScoreDoc sd : s.search(q, SENTENCES_PER_HIT).scoreDocs) {
            org.apache.lucene.document.Document d = stored.document(sd.doc);
            out.add(new SearchResult.SentenceHit(d.getField(START).numericValue().intValue(),
                    d.getField(END).numericValue().intValue(), d.get(TEXT)));
        }
        // In reading order: a reader follows the article, not the scores.
        out.sort(Comparator.comparingInt(SearchResult.SentenceHit::start));
        return out;
    }

    private Query parse(String text, String... fields) {
        QueryParser parser = fields.length == 1 ? new QueryParser(fields[0], analyzer)
                : new MultiFieldQueryParser(fields, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            // A user's stray quote or colon should still search for the words.
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException | RuntimeException again) {
                throw new IllegalArgumentException("cannot read the search text '" + text + "'", again);
            }
        }
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private void write(Document doc, Extraction facts) throws IOException {
        writer.deleteDocuments(new Term(ID, doc.id()));
        List<org.apache.lucene.document.Document> group = new ArrayList<>();
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(TYPE, TYPE_DOCUMENT, Field.Store.NO));
        d.add(new StringField(ID, doc.id(), Field.Store.YES));
        if (doc.title() != null) {
            d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
        }
        if (doc.outlet() != null) {
            d.add(new StoredField(OUTLET, doc.outlet()));
        }
        String published = doc.published() == null ? "" : doc.published().toString();
        d.add(new StoredField(PUBLISHED, published));
        d.add(new org.apache.lucene.document.SortedDocValuesField(PUBLISHED + "_sort",
                new org.apache.lucene.util.BytesRef(published)));
        d.add(new TextField(TEXT, contentOf(doc), Field.Store.NO));
        if (facts != null) {
            for (String v : facetValues(facts, ACTOR)) {
                d.add(new StringField(ACTOR, v, Field.Store.YES));
            }
            for (String v : facetValues(facts, COUNTRY)) {
                d.add(new StringField(COUNTRY, v, Field.Store.YES));
            }
            for (String v : facetValues(facts, KIND)) {
                d.add(new StringField(KIND, v, Field.Store.YES));
            }
        }
        group.add(d);
        for (Span sp : Sentences.of(doc)) {
            org.apache.lucene.document.Document s = new org.apache.lucene.document.Document();
            s.add(new StringField(TYPE, TYPE_SENTENCE, Field.Store.NO));
            s.add(new StringField(ID, doc.id(), Field.Store.YES));
            s.add(new StoredField(START, sp.start()));
            s.add(new StoredField(END, sp.end()));
            s.add(new TextField(TEXT, sp.of(doc.text()), Field.Store.YES));
            group.add(s);
        }
        writer.addDocuments(group);
    }

    /** The text with removed spans blanked out, so "Failed to fetch data" is not found as content. */
    private static String contentOf(Document doc) {
        if (doc.removed().isEmpty()) {
            return doc.text();
        }
        char[] chars = doc.text().toCharArray();
        doc.removed().forEach(r -> java.util.Arrays.fill(chars, r.start(), r.end(), ' '));
        return new String(chars);
    }

    private static Set<String> facetValues(Extraction x, String facet) {
        Set<String> out = new LinkedHashSet<>();
        switch (facet) {
            case ACTOR -> x.actors().stream().map(Actor::name).filter(Objects::nonNull).forEach(out::add);
            case COUNTRY -> x.events().stream().map(Event::country).filter(Objects::nonNull).forEach(out::add);
            case KIND -> x.events().stream().filter(e -> e.kind() != null)
                    .map(e -> e.kind().json().toLowerCase(Locale.ROOT)).forEach(out::add);
            default -> throw new IllegalArgumentException(facet);
        }
        return out;
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(Reading<T> reading) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return reading.read(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException("search", null, "cannot read the search index", e);
        }
    }
}
