package io.facescribe.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.facescribe.OptionException;
import io.facescribe.describe.realize.LlmSettings;
import io.facescribe.describe.RealizerChoice;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.FacePolicy;
import io.facescribe.describe.realize.BuiltinRealizer;
import io.facescribe.describe.realize.CaptionFormat;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.guard.GuardPolicy;
import io.facescribe.describe.trait.TraitRules;
import io.facescribe.describe.style.StyleLearner;
import io.facescribe.describe.style.StyleProfile;

/**
 * The options of a request, from its query parameters, named as the command line names them ({@code faces},
 * {@code assume-face}, {@code min-face}, {@code captions}, {@code seed}, {@code realizer}, {@code no-sensitive},
 * {@code long}; {@code q} for a question). An unknown or malformed parameter is a 400 that says what is allowed.
 * No parameter can name a file or a URL: the LLM's address, when there is one, is the operator's.
 */
final class RequestOptions {

    static final Set<String> ANALYSIS = Set.of("faces", "assume-face", "min-face", "mesh");
    static final Set<String> DESCRIBE = Set.of("captions", "seed", "realizer", "no-sensitive", "long", "lead",
            "style", "style-captions");
    /** Captions a request may give to be written in their style, and characters in all. */
    static final int MAX_STYLE_CAPTIONS = 50;
    static final int MAX_STYLE_CHARS = 10_000;
    static final Set<String> ASK = Set.of("q");
    static final int MAX_CAPTIONS = 10;
    static final int MAX_QUESTION = 500;

    private final Map<String, List<String>> query;

    RequestOptions(Map<String, List<String>> query, Set<String> allowed) {
        this.query = query;
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw bad("unknown option '" + printable(e.getKey()) + "'; this endpoint takes " + new TreeSet<>(allowed));
            }
            if (e.getValue().size() > 1) {
                throw bad("option '" + e.getKey() + "' is given " + e.getValue().size() + " times; give it once");
            }
        }
    }

    AnalysisOptions analysis() {
        AnalysisOptions o = AnalysisOptions.defaults();
        String faces = value("faces");
        if (faces != null) {
            try {
                FacePolicy policy = FacePolicy.parse(faces);
                o = o.withFaces(policy);
            } catch (IllegalArgumentException e) {
                throw bad("faces takes all, largest or a positive number, not '" + printable(faces) + "'");
            }
        }
        return o.withAssumeFace(flag("assume-face")).withMesh(flag("mesh"))
                .withMinFaceSize((int) number("min-face", 0, 0, 100_000));
    }

    /** @param defaults the server's caption options (realizer, LLM settings) the request starts from */
    DescribeOptions describe(DescribeOptions defaults) {
        return describe(defaults, Map.of());
    }

    /**
     * A style named by {@code style=NAME} (one of the server's profiles), or learned from the captions of
     * {@code style-captions} (one per line; a user's own few captions): the captions are written in it.
     */
    DescribeOptions describe(DescribeOptions defaults, Map<String, StyleProfile> styles) {
        DescribeOptions o = describeWithoutStyle(defaults);
        String name = value("style");
        String captions = value("style-captions");
        if (name != null && captions != null) {
            throw bad("give style (a profile of this server) or style-captions (your own captions), not both");
        }
        if (name != null) {
            StyleProfile style = styles.get(name);
            if (style == null) {
                throw bad(styles.isEmpty() ? "this server has no style profiles (serve --styles DIR); send "
                        + "style-captions with a few of your own captions instead"
                        : "no style '" + printable(name) + "'; this server has " + new TreeSet<>(styles.keySet()));
            }
            o = o.withStyle(style);
        }
        if (captions != null) {
            List<String> lines = captions.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty() || lines.size() > MAX_STYLE_CAPTIONS || captions.length() > MAX_STYLE_CHARS) {
                throw bad("style-captions holds 1 to " + MAX_STYLE_CAPTIONS + " captions, one per line, in at most "
                        + MAX_STYLE_CHARS + " characters");
            }
            Map<String, Object> provenance = new java.util.LinkedHashMap<>();
            provenance.put("source", "style-captions of a request");
            o = o.withStyle(StyleLearner.standard().learn(lines, provenance));
        }
        return o;
    }

    private DescribeOptions describeWithoutStyle(DescribeOptions defaults) {
        DescribeOptions o = defaults.withCaptions((int) number("captions", defaults.captions(), 0, MAX_CAPTIONS))
                .withSeed(number("seed", defaults.seed(), Long.MIN_VALUE, Long.MAX_VALUE));
        if (query.containsKey("no-sensitive")) {
            o = o.withSensitive(!flag("no-sensitive"));
        }
        if (query.containsKey("long")) {
            o = o.withLength(flag("long") ? BuiltinRealizer.Length.LONG : BuiltinRealizer.Length.SHORT);
        }
        String lead = value("lead");
        if (lead != null) {
            try {
                o = o.withRules(o.rules().withLead(TraitRules.Lead.parse(lead)));
            } catch (IllegalArgumentException e) {
                throw bad("lead is people or text2face, not '" + printable(lead) + "'");
            }
        }
        String realizer = value("realizer");
        if (realizer != null) {
            LlmSettings llm = defaults.realizer() instanceof RealizerChoice.Llm server ? server.settings() : null;
            if (llm == null && "llm".equalsIgnoreCase(realizer.strip())) {
                throw bad("realizer=llm needs an LLM server, and this one was started without one"
                        + " (serve --realizer llm --llm-url URL); use realizer=builtin or learned");
            }
            if (!"builtin".equalsIgnoreCase(realizer.strip()) && o.format().form() == CaptionFormat.Form.TAGS) {
                throw bad("this server writes tags, which only the built-in realizer writes; use realizer=builtin");
            }
            try {
                // a request's learned realizer says what a person would say; an LLM says every trait
                o = o.withRealizer(RealizerChoice.parse(realizer, null, GuardPolicy.NO_INVENTED, llm));
            } catch (OptionException e) {
                throw bad(e.option() + " " + e.problem().replace(realizer, printable(realizer)));
            }
        }
        return o;
    }

    String question() {
        String q = value("q");
        if (q == null || q.isBlank()) {
            throw bad("give the question as the parameter q, e.g. /v1/ask?q=How%20old%20is%20she%3F");
        }
        if (q.length() > MAX_QUESTION) {
            throw bad("the question is " + q.length() + " characters long; ask in at most " + MAX_QUESTION);
        }
        if (q.indexOf('\uFFFD') >= 0) {
            throw bad("the question is not valid UTF-8; percent-encode its UTF-8 bytes");
        }
        if (q.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw bad("the question holds control characters; send plain text");
        }
        return q.strip();
    }

    private String value(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A flag is on when present with no value, or with true/1/yes/on; off with false/0/no/off. */
    private boolean flag(String name) {
        String v = value(name);
        if (v == null) {
            return query.containsKey(name);
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "", "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw bad(name + " is true or false, not '" + printable(v) + "'");
        };
    }

    private long number(String name, long fallback, long min, long max) {
        String v = value(name);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n < min || n > max) {
                throw bad(name + " must be " + min + " to " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(name + " takes a whole number, not '" + printable(v) + "'");
        }
    }

    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    private static ApiException bad(String message) {
        return new ApiException(400, "bad_option", message);
    }
}
