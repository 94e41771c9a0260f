package io.facescribe.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.analysis.FaceBox;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;

/**
 * How an image and its faces are written as Lucene documents, and read back. Each image is one document of kind
 * {@code image} (path, hash) followed by one of kind {@code face} per face; all carry the image's path, the term
 * they are replaced and deleted by. A face keeps each trait probability as a numeric doc value {@code p.<concept>}
 * (16-bit fixed point), its age belief as {@code age.years} and {@code age.sigma} (tenths of a year), and stores
 * its number, box and captions (the captions also as searchable text).
 */
final class FaceFields {

    static final String KIND = "kind";
    static final String IMAGE = "image";
    static final String FACE = "face";
    static final String SHA = "sha256";
    static final String BOX = "box";
    static final String CAPTIONS = "captions";
    static final String PROBABILITY = "p.";
    static final String AGE_YEARS = "age.years";
    static final String AGE_SIGMA = "age.sigma";
    private static final double SCALE = 65535;

    private FaceFields() {
    }

    static Term imageTerm(String path) {
        return new Term(IMAGE, path);
    }

    static String field(String concept) {
        return PROBABILITY + concept;
    }

    static List<Document> documents(IndexedImage image) {
        List<Document> docs = new ArrayList<>();
        Document head = new Document();
        head.add(new StringField(KIND, IMAGE, Field.Store.NO));
        head.add(new StringField(IMAGE, image.path(), Field.Store.YES));
        head.add(new StringField(SHA, image.sha256(), Field.Store.YES));
        docs.add(head);
        for (IndexedFace f : image.faces()) {
            Document d = new Document();
            d.add(new StringField(KIND, FACE, Field.Store.NO));
            d.add(new StringField(IMAGE, image.path(), Field.Store.YES));
            d.add(new StoredField(FACE, f.face()));
            FaceBox b = f.box();
            d.add(new StoredField(BOX, b.x() + "," + b.y() + "," + b.width() + "," + b.height()));
            for (String c : f.captions()) {
                d.add(new TextField(CAPTIONS, c, Field.Store.YES));
            }
            f.probabilities().forEach((concept, p) -> d.add(new NumericDocValuesField(field(concept), encode(p))));
            if (f.age() != null) {
                d.add(new NumericDocValuesField(AGE_YEARS, Math.round(f.age().years() * 10)));
                d.add(new NumericDocValuesField(AGE_SIGMA, Math.round(f.age().sigma() * 10)));
            }
            docs.add(d);
        }
        return docs;
    }

    static long encode(double p) {
        return Math.round(Math.max(0, Math.min(1, p)) * SCALE);
    }

    static double decode(long v) {
        return v / SCALE;
    }

    static FaceBox box(Document d) {
        String[] p = d.get(BOX).split(",", -1);
        return new FaceBox(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                Integer.parseInt(p[3]));
    }

    static List<String> captions(Document d) {
        List<String> out = new ArrayList<>();
        for (IndexableField f : d.getFields(CAPTIONS)) {
            out.add(f.stringValue());
        }
        return out;
    }

    /** A face document read back into its value (to write it again under another path). */
    static IndexedFace face(LeafReader leaf, int doc, Document stored) throws IOException {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (FieldInfo fi : leaf.getFieldInfos()) {
            if (fi.name.startsWith(PROBABILITY)) {
                NumericDocValues v = DocValues.getNumeric(leaf, fi.name);
                if (v.advanceExact(doc)) {
                    probabilities.put(fi.name.substring(PROBABILITY.length()), decode(v.longValue()));
                }
            }
        }
        return new IndexedFace(stored.getField(FACE).numericValue().intValue(), box(stored), probabilities,
                age(leaf, doc), captions(stored));
    }

    static AgeBelief age(LeafReader leaf, int doc) throws IOException {
        NumericDocValues years = DocValues.getNumeric(leaf, AGE_YEARS);
        NumericDocValues sigma = DocValues.getNumeric(leaf, AGE_SIGMA);
        return years.advanceExact(doc) && sigma.advanceExact(doc)
                ? new AgeBelief(years.longValue() / 10.0, sigma.longValue() / 10.0) : null;
    }
}
