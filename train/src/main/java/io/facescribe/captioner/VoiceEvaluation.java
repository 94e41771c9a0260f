package io.facescribe.captioner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.Caption;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.Describer;
import io.facescribe.describe.FaceDescription;
import io.facescribe.describe.RealizerChoice;
import io.facescribe.describe.guard.CaptionReader;
import io.facescribe.describe.guard.Mention;
import io.facescribe.describe.style.StyleFit;
import io.facescribe.describe.style.StyleLearner;
import io.facescribe.describe.style.StyleProfile;
import io.facescribe.describe.trait.Slot;
import io.facescribe.describe.trait.TraitDefinition;

/**
 * Voices written for the tests, each in its own form: a style learned from each voice's captions, every face of
 * the photos described with it (three captions per face) by the built-in and the learned realizer, and the
 * styled captions compared with the voice's own: mean words, the form and case the caption is in, traits said
 * that the voice never mentions, and what the guard reads as invented.
 */
public final class VoiceEvaluation {

    /** Captions per face. */
    public static final int CAPTIONS = 3;
    public static final List<String> REALIZERS = List.of("builtin", "learned");

    /**
     * One voice with one realizer.
     *
     * @param voice       the voice's file name without ".txt"
     * @param form        the form learned from it (sentences, fragments, key-value, tags)
     * @param manner      its case and person ("lower case", "capitals", "second person", or "")
     * @param realizer    builtin or learned
     * @param ownWords    mean words of the voice's captions
     * @param styledWords mean words of the styled captions
     * @param captions    styled captions
     * @param offForm     styled captions not in the voice's form or manner
     * @param unsaid      styled captions that say a trait the voice never mentions
     * @param invented    styled captions in which the guard reads a trait the face's bag does not hold
     * @param example     the first styled caption
     */
    public record Row(String voice, String form, String manner, String realizer, double ownWords, double styledWords,
                      int captions, int offForm, int unsaid, int invented, String example) {
        public double ratio() {
            return styledWords / ownWords;
        }
    }

    private final StyleLearner learner;
    private final CaptionReader reader;

    public VoiceEvaluation(StyleLearner learner, CaptionReader reader) {
        this.learner = learner;
        this.reader = reader;
    }

    /** Each voice (name → its captions) with each realizer over the analysed photos. */
    public List<Row> run(Map<String, List<String>> voices, List<ImageAnalysis> photos) {
        List<Row> rows = new ArrayList<>();
        voices.forEach((name, own) -> {
            StyleProfile style = learner.learn(own, Map.of("source", name));
            StyleProfile.Shape shape = style.shapeOrSentences();
            Set<String> said = concepts(own, shape.form());
            double ownWords = own.stream().mapToInt(StyleFit::words).average().orElse(0);
            for (String realizer : REALIZERS) {
                DescribeOptions o = DescribeOptions.defaults().withCaptions(CAPTIONS).withStyle(style)
                        .withRealizer(realizer.equals("builtin") ? RealizerChoice.builtin() : RealizerChoice.learned());
                Describer describer = Describer.create(o);
                List<String> texts = new ArrayList<>();
                int invented = 0;
                for (ImageAnalysis photo : photos) {
                    for (FaceDescription face : describer.describe(photo).faces()) {
                        for (Caption c : face.captions()) {
                            texts.add(c.text());
                            invented += c.guard() != null && !c.guard().invented().isEmpty() ? 1 : 0;
                        }
                    }
                }
                int offForm = 0;
                int unsaid = 0;
                for (String t : texts) {
                    offForm += inForm(t, shape) ? 0 : 1;
                    unsaid += said.containsAll(concepts(List.of(t), shape.form())) ? 0 : 1;
                }
                rows.add(new Row(name, shape.form().name().toLowerCase(Locale.ROOT).replace('_', '-'), manner(shape),
                        realizer, ownWords, texts.stream().mapToInt(StyleFit::words).average().orElse(0), texts.size(),
                        offForm, unsaid, invented, texts.isEmpty() ? "" : texts.get(0)));
            }
        });
        return rows;
    }

    private static String manner(StyleProfile.Shape shape) {
        List<String> m = new ArrayList<>();
        if (shape.uppercase() > 0.5) {
            m.add("capitals");
        } else if (shape.lowercase() > 0.5) {
            m.add("lower case");
        }
        if (shape.secondPerson()) {
            m.add("second person");
        }
        if (!shape.separator().equals(". ")) {
            m.add("parts end with \"" + shape.separator().strip() + "\"");
        }
        return String.join(", ", m);
    }

    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    /** Third-person words a caption spoken to the person does not use. */
    private static final Set<String> THIRD_PERSON = Set.of("she", "he", "they", "her", "his", "their", "hers", "him", "them");

    /**
     * Whether a styled caption is in the voice's form (as the style learner tells forms), case, person and
     * separators.
     */
    public static boolean inForm(String caption, StyleProfile.Shape shape) {
        StyleProfile.Form form = StyleLearner.formOf(caption);
        // one short item is a list of one: a tag list or fragments alike
        boolean one = form == StyleProfile.Form.FRAGMENTS && shape.form() == StyleProfile.Form.TAGS
                && !caption.matches(".*[.,;/|].*") && StyleFit.words(caption) <= 4;
        if (form != shape.form() && !one) {
            return false;
        }
        if ((shape.uppercase() > 0.5 && !caption.equals(caption.toUpperCase(Locale.ROOT)))
                || (shape.lowercase() > 0.5 && !caption.equals(caption.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        List<String> words = List.of(NON_LETTERS.split(caption.toLowerCase(Locale.ROOT), 0));
        if (shape.secondPerson() && (!words.contains("you") || words.stream().anyMatch(THIRD_PERSON::contains))) {
            return false;
        }
        // parts are not ended with full stops when the voice ends them otherwise ("; ", " / ")
        String inside = caption.strip().replaceAll("[.!?]+$", "");
        return shape.separator().equals(". ") || !inside.contains(".");
    }

    /** What captions say, a person's noun or a hair colour, length or texture as its kind ("gender", "hair.colour"). */
    public Set<String> concepts(List<String> captions, StyleProfile.Form form) {
        Set<String> out = new HashSet<>();
        for (String c : captions) {
            for (Mention m : form == StyleProfile.Form.TAGS ? reader.readTags(c) : reader.read(c)) {
                if (m.negated() || reader.unmeasured(m)) {
                    continue;
                }
                TraitDefinition d = reader.trait(m).orElse(null);
                boolean value = d != null && (d.slot() == Slot.HAIR || d.slot() == Slot.GENDER) && d.group() != null;
                out.add(value ? d.group() : m.concept());
            }
        }
        return out;
    }

    /** The section of docs/captions.md on these voices. */
    public static String markdown(List<Row> rows, String command, int faces) {
        StringBuilder sb = new StringBuilder(VOICES_HEADING).append("\n\n");
        sb.append("Written by `").append(command).append("`. Voices written by hand for FaceScribe's tests "
                + "(`cli/src/test/resources/voices`, ten captions each, original text), each in its own form. A style "
                + "learned from each (`./facescribe style learn VOICE.txt -o VOICE.style`), then "
                + CAPTIONS + " captions per face for each of the " + faces + " faces of the fixture photos with "
                + "`./facescribe describe --style VOICE.style --realizer builtin|learned --captions " + CAPTIONS
                + "`. *Words*: mean words per caption (runs holding a letter or digit), the voice's against the "
                + "styled captions'. *Off form*: styled captions whose form (as `style learn` tells forms), case, "
                + "person or part separator differ from the voice's. *Unsaid*: styled captions saying a trait the "
                + "voice never mentions (for a person's noun or a hair colour, length or texture: nothing of a kind "
                + "it never says). *Invented*: captions in which the guard reads a trait the face's bag does not "
                + "hold. `StyleVoicesTest` checks the same on every build.\n\n");
        sb.append("| voice | form learned | manner | realizer | voice's words | styled words | ratio | captions "
                + "| off form | unsaid | invented |\n");
        sb.append("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            boolean outside = r.ratio() < 0.7 || r.ratio() > 1.3;
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.1f | %.1f | %s | %d | %d | %d | %d |%n",
                    r.voice(), r.form(), r.manner(), r.realizer(), r.ownWords(), r.styledWords(),
                    outside ? String.format(Locale.ROOT, "**%.2f**", r.ratio()) : String.format(Locale.ROOT, "%.2f", r.ratio()),
                    r.captions(), r.offForm(), r.unsaid(), r.invented()));
        }
        long outside = rows.stream().filter(r -> r.ratio() < 0.7 || r.ratio() > 1.3).count();
        int off = rows.stream().mapToInt(Row::offForm).sum();
        int unsaid = rows.stream().mapToInt(Row::unsaid).sum();
        sb.append(String.format(Locale.ROOT, "%n%d of %d rows within \u00b130%% of the voice's length; %d captions "
                + "off form, %d saying a trait the voice never mentions.%n%n", rows.size() - outside, rows.size(), off,
                unsaid));
        sb.append("First styled caption per voice and realizer:\n\n```\n");
        Map<String, Integer> width = new LinkedHashMap<>();
        rows.forEach(r -> width.merge("w", (r.voice() + " " + r.realizer()).length(), Math::max));
        for (Row r : rows) {
            String label = r.voice() + " " + r.realizer() + ":";
            sb.append(String.format(Locale.ROOT, "%-" + (width.get("w") + 2) + "s%s%n", label, r.example()));
        }
        sb.append("```\n");
        return sb.toString();
    }

    /** The heading of the section (a subsection of the styles section). */
    public static final String VOICES_HEADING = "### Voices written for the tests: length, form and words";

    /**
     * The page with its voices section replaced by this one (or put at the end of the styles section, else at the
     * end); the rest unchanged.
     */
    public static String replaceSection(String page, String section) {
        String s = section.endsWith("\n") ? section : section + "\n";
        int at = page.indexOf(VOICES_HEADING);
        if (at >= 0) {
            int end = nextHeading(page, at + VOICES_HEADING.length());
            return page.substring(0, at) + s + (end < page.length() ? "\n" : "") + page.substring(end);
        }
        int styles = page.indexOf("## In a person's own voice");
        if (styles >= 0) {
            int end = nextHeading(page, styles + 3);
            return page.substring(0, end) + s + "\n" + page.substring(end);
        }
        return page + "\n" + s;
    }

    /** The section as it stands in the page, or null. */
    public static String section(String page) {
        int at = page.indexOf(VOICES_HEADING);
        if (at < 0) {
            return null;
        }
        return page.substring(at, nextHeading(page, at + VOICES_HEADING.length())).strip() + "\n";
    }

    /** Where the next "## " heading begins after this index, or the end. */
    private static int nextHeading(String page, int from) {
        int i = page.indexOf("\n## ", from);
        return i < 0 ? page.length() : i + 1;
    }
}
