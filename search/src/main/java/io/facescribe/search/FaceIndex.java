package io.facescribe.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.guard.Mention;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A searchable index of analysed faces in a folder (embedded Apache Lucene, in its {@code lucene} sub-folder): {@link #open} it, {@link #add} images,
 * {@link #search} it in plain words. A query is read with the caption guard's reader and faces are ranked by how
 * probable the described traits are under each face's calibrated analysis ({@link TraitScore}); words no trait
 * stands for are reported and, on request, looked for in the captions as a weaker signal. Faces are never searched
 * by identity: the index holds no face descriptor.
 *
 * <p>An image is added (or replaced) as a whole, in one atomic update keyed by its path, so an image is never
 * held twice; what was added is durable from the next {@link #commit}. Thread-safe.
 */
public final class FaceIndex implements AutoCloseable {

    /** Score added per unmeasured query word found in a face's captions (trait scores lie in 0..1). */
    static final float CAPTION_BONUS = 0.05f;
    /** The sub-folder of the index folder that holds Lucene's files. */
    public static final String LUCENE = "lucene";

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryReader reader;
    private final TraitLikelihood likelihood;
    private final TraitProbabilities traits;

    private FaceIndex(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        CaptionGuard guard = CaptionGuard.standard();
        this.reader = new QueryReader(guard.reader());
        this.likelihood = new TraitLikelihood(guard.reader().lexicon());
        this.traits = new TraitProbabilities(guard.table());
    }

    /** Opens the index in this folder for adding and searching, creating it when absent. */
    public static FaceIndex open(Path folder) {
        try {
            Files.createDirectories(folder.resolve(LUCENE));
            Directory dir = FSDirectory.open(folder.resolve(LUCENE));
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(dir, config);
            writer.commit();
            return new FaceIndex(folder, dir, writer, new SearcherManager(writer, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the face index in " + folder + ": " + e.getMessage()
                    + " (is another process adding to it?)", e);
        }
    }

    /** Opens an existing index for searching only (any number of readers may search while one process adds). */
    public static FaceIndex openReadOnly(Path folder) {
        try {
            Directory dir = FSDirectory.open(folder.resolve(LUCENE));
            if (!DirectoryReader.indexExists(dir)) {
                dir.close();
                throw new IllegalArgumentException("no face index in " + folder
                        + "; build one with: facescribe index PATH... -o " + folder);
            }
            return new FaceIndex(folder, dir, null, new SearcherManager(dir, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the face index in " + folder + ": " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The trait probabilities of an analysed face, as {@link IndexedFace#of} wants them. */
    public TraitProbabilities traits() {
        return traits;
    }

    /** Reads a query without searching (what it asks for, and what it cannot use). */
    public FaceQuery read(String query) {
        return reader.read(query);
    }

    /** Adds an image with its faces, replacing whatever the index held under its path. */
    public void add(IndexedImage image) {
        try {
            writable().updateDocuments(FaceFields.imageTerm(image.path()), FaceFields.documents(image));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add " + image.path() + " to the index: " + e.getMessage(), e);
        }
    }

    /** Removes an image and its faces. */
    public void remove(String path) {
        try {
            writable().deleteDocuments(FaceFields.imageTerm(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path + " from the index: " + e.getMessage(), e);
        }
    }

    /** Holds an image's faces under another path (a moved file), without analysing it again. */
    public synchronized void move(String from, String to) {
        IndexedImage image = image(from).orElseThrow(() -> new IllegalArgumentException(from + " is not indexed"));
        add(image.withPath(to));
        remove(from);
    }

    /** Makes everything added so far durable (an interrupted run keeps what was committed). */
    public void commit() {
        try {
            writable().commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Every indexed image: its path and the hash of its bytes. */
    public Map<String, String> images() {
        return withSearcher(s -> {
            Map<String, String> out = new LinkedHashMap<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc d : all(s, new TermQuery(new Term(FaceFields.KIND, FaceFields.IMAGE)))) {
                Document doc = stored.document(d.doc);
                out.put(doc.get(FaceFields.IMAGE), doc.get(FaceFields.SHA));
            }
            return out;
        });
    }

    /** Whether this path is an indexed image (the server serves thumbnails of these only). */
    public boolean contains(String path) {
        return withSearcher(s -> s.count(new TermQuery(FaceFields.imageTerm(path))) > 0);
    }

    /** An indexed image as the index holds it. */
    public Optional<IndexedImage> image(String path) {
        return withSearcher(s -> {
            String sha = null;
            List<IndexedFace> faces = new ArrayList<>();
            StoredFields stored = s.storedFields();
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            for (ScoreDoc d : all(s, new TermQuery(FaceFields.imageTerm(path)))) {
                Document doc = stored.document(d.doc);
                if (doc.get(FaceFields.SHA) != null) {
                    sha = doc.get(FaceFields.SHA);
                } else {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
                    faces.add(FaceFields.face(leaf.reader(), d.doc - leaf.docBase, doc));
                }
            }
            faces.sort(java.util.Comparator.comparingInt(IndexedFace::face));
            return sha == null ? Optional.<IndexedImage>empty() : Optional.of(new IndexedImage(path, sha, faces));
        });
    }

    /** Indexed images whose file is no longer where it was indexed. */
    public List<String> missingFiles() {
        return images().keySet().stream().filter(p -> !Files.exists(Path.of(p))).toList();
    }

    /** How many faces the index holds. */
    public long faceCount() {
        return withSearcher(s -> (long) s.count(new TermQuery(new Term(FaceFields.KIND, FaceFields.FACE))));
    }

    /** The best faces for a description, best first. */
    public SearchResult search(String query, int top) {
        return search(query, top, true);
    }

    /**
     * The best faces for a description, best first.
     *
     * @param captionWords look for the query's unmeasured words in the captions too (a weaker signal)
     */
    public SearchResult search(String query, int top, boolean captionWords) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, not " + top);
        }
        long start = System.nanoTime();
        FaceQuery q = reader.read(query);
        TraitScore score = new TraitScore(q.traits(), likelihood);
        Query faces = new TermQuery(new Term(FaceFields.KIND, FaceFields.FACE));
        Query ranked = new FunctionScoreQuery(faces, score);
        if (captionWords && !q.unmeasured().isEmpty()) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(ranked, BooleanClause.Occur.MUST);
            for (String phrase : q.unmeasured()) {
                for (String w : QueryReader.words(phrase)) {
                    b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(FaceFields.CAPTIONS, w))),
                            CAPTION_BONUS), BooleanClause.Occur.SHOULD);
                }
            }
            ranked = b.build();
        }
        Query finalQuery = ranked;
        return withSearcher(s -> {
            TopDocs top1 = s.search(finalQuery, top);
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            StoredFields stored = s.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc d : top1.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
                double[] p = score.probabilities(leaf.reader(), d.doc - leaf.docBase);
                hits.add(hit(stored.document(d.doc), d.score, q.traits(), p));
            }
            long count = s.count(faces);
            List<String> notes = new ArrayList<>(q.notes());
            if (q.traits().isEmpty()) {
                notes.add("no trait FaceScribe measures was found in the query");
            }
            return new SearchResult(q, hits, notes, count, (System.nanoTime() - start) / 1e6);
        });
    }

    private static SearchHit hit(Document doc, double score, List<Mention> traits, double[] p) {
        List<TraitMatch> matched = new ArrayList<>();
        List<TraitMatch> missed = new ArrayList<>();
        for (int i = 0; i < traits.size(); i++) {
            Mention m = traits.get(i);
            boolean measured = !Double.isNaN(p[i]);
            TraitMatch t = new TraitMatch(name(m), FaceQuery.said(m), measured ? Math.round(p[i] * 1000) / 1000.0 : null);
            (measured && p[i] > 0.5 ? matched : missed).add(t);
        }
        String image = doc.get(FaceFields.IMAGE);
        return new SearchHit(image, doc.getField(FaceFields.FACE).numericValue().intValue(), FaceFields.box(doc),
                Math.round(score * 10000) / 10000.0, matched, missed, FaceFields.captions(doc),
                !Files.exists(Path.of(image)));
    }

    /** How a query trait is named in a hit: the table's concept, "age 0-13", "not eyeglasses", "beard". */
    static String name(Mention m) {
        String concept = m.concept().startsWith("umbrella:") ? m.concept().substring(9) : m.concept();
        if (concept.equals("age")) {
            concept = m.high() >= 130 ? "age " + m.low() + "+" : "age " + m.low() + "-" + m.high();
        }
        return m.negated() ? "not " + concept : concept;
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException("the index in " + folder + " was opened for searching only");
        }
        return writer;
    }

    private static ScoreDoc[] all(IndexSearcher s, Query q) throws IOException {
        int n = Math.max(1, s.count(q));
        return s.search(q, n).scoreDocs;
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.commit();
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index in " + folder + ": " + e.getMessage(), e);
        }
    }
}
