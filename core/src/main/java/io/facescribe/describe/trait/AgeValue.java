package io.facescribe.describe.trait;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How an age is stated: the analysis' estimate with its range, a noisy number, a bracket, a category or the
 * word people use (young, middle-aged, older, elderly). Every
 * form says which years it claims ({@code low..high}), which is what the guard checks a caption against.
 *
 * @param form     estimate, number, bracket, category or word
 * @param years    the analysis' estimate
 * @param low      lowest age the statement allows
 * @param high     highest age the statement allows
 * @param category the category name for {@link Form#CATEGORY} (e.g. "middle-aged adult"), the word for
 *                 {@link Form#WORD} (e.g. "middle-aged"), or for {@link Form#ESTIMATE} the word people would use
 *                 for it ({@link #wordFor(double, double, double, Double)})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgeValue(Form form, @JsonSerialize(using = Rounded.One.class) double years, int low, int high,
                       String category) {

    public enum Form {
        ESTIMATE, NUMBER, BRACKET, CATEGORY, WORD
    }

    /** An age category and the whole years it covers (text2face's ten categories). */
    public record Category(String name, int low, int high) {
    }

    public static final List<Category> CATEGORIES = List.of(
            new Category("baby", 0, 1), new Category("toddler", 2, 3), new Category("preschooler", 4, 5),
            new Category("child", 6, 12), new Category("teenager", 13, 19), new Category("young adult", 20, 29),
            new Category("adult", 30, 39), new Category("middle-aged adult", 40, 59),
            new Category("senior adult", 60, 74), new Category("elderly", 75, 130));

    /**
     * The words people use for an age, as Face2Text's describers do (an age word in half of the descriptions:
     * young, middle-aged, older, elderly; never a number), with the whole years each is said for. "young" covers
     * children and teenagers too ("a young girl").
     */
    public static final List<Category> WORDS = List.of(new Category("young", 0, 35),
            new Category("middle-aged", 36, 59), new Category("older", 60, 74), new Category("elderly", 75, 130));

    /** The coarser word when the range runs across two of {@link #WORDS}: anything from 18. */
    public static final Category ADULT = new Category("adult", 18, 130);
    /** Years a range may pass a word's span by and still be said with it. */
    public static final int WORD_SLACK = 3;

    /**
     * The word for an estimate whose range is low..high: the estimate's word when the range stays within its span
     * ({@value #WORD_SLACK} years either side), else "young" when the whole range is young, else "adult" (from an
     * estimate of 18).
     */
    public static Category wordFor(double years, double low, double high) {
        Category w = wordOf(years);
        if (low >= w.low() - WORD_SLACK && high <= w.high() + WORD_SLACK) {
            return w;
        }
        Category young = WORDS.get(0);
        if (high <= young.high() + WORD_SLACK) {
            return young;
        }
        return years >= ADULT.low() ? ADULT : w;
    }

    /**
     * The claim thresholds of the age words ({@code trait.age.WORD} in {@code facts.json}, chosen for claim precision
     * by {@code ./facescribe-workshop train claims}): an adult is called "young" only when P(Young) reaches
     * {@code trait.age.young}, "middle-aged", "older" or "elderly" only when 1 - P(Young) reaches that word's.
     */
    private static final java.util.Map<String, Double> WORD_CLAIMS = io.facescribe.analysis.FactHeads.shipped().file().claims();

    /**
     * The word for an adult estimate, read with the CelebA {@code Young} head so that the age words and P(Young)
     * agree: {@link #wordFor(double, double, double)}, then, from 18 years and when P(Young) is known, that word
     * only when its claim threshold is reached (P(Young) for "young", 1 - P(Young) for the older words), else
     * "adult". Under 18 the range decides alone.
     */
    public static Category wordFor(double years, double low, double high, Double young) {
        Category w = wordFor(years, low, high);
        if (young == null || years < ADULT.low() || w.equals(ADULT) || high < ADULT.low()) {
            return w;
        }
        Double t = WORD_CLAIMS.get("trait.age." + w.name());
        double confidence = w.equals(WORDS.get(0)) ? young : 1 - young;
        return t == null || confidence >= t ? w : ADULT;
    }

    /** The age word of this name ({@link #WORDS} or {@link #ADULT}). */
    public static Category word(String name) {
        if (ADULT.name().equals(name)) {
            return ADULT;
        }
        return WORDS.stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no age word " + name));
    }

    public static Category categoryOf(double years) {
        return of(CATEGORIES, years);
    }

    /** The word people use for this age ({@link #WORDS}). */
    public static Category wordOf(double years) {
        return of(WORDS, years);
    }

    private static Category of(List<Category> categories, double years) {
        long y = Math.max(0, Math.round(years));
        for (Category c : categories) {
            if (y <= c.high()) {
                return c;
            }
        }
        return categories.get(categories.size() - 1);
    }

    /** The number stated, for {@link Form#NUMBER}. */
    public int stated() {
        return low;
    }
}
