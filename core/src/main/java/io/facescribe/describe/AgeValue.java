package io.facescribe.describe;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.facescribe.json.Rounded;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How an age is stated: the analysis' estimate with its range, a noisy number, a bracket or a category. Every
 * form says which years it claims ({@code low..high}), which is what the guard checks a caption against.
 *
 * @param form     estimate, number, bracket or category
 * @param years    the analysis' estimate
 * @param low      lowest age the statement allows
 * @param high     highest age the statement allows
 * @param category the category name for {@link Form#CATEGORY} (e.g. "middle-aged adult"), else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgeValue(Form form, @JsonSerialize(using = Rounded.One.class) double years, int low, int high,
                       String category) {

    public enum Form {
        ESTIMATE, NUMBER, BRACKET, CATEGORY
    }

    /** An age category and the whole years it covers (text2face's ten categories). */
    public record Category(String name, int low, int high) {
    }

    public static final List<Category> CATEGORIES = List.of(
            new Category("baby", 0, 1), new Category("toddler", 2, 3), new Category("preschooler", 4, 5),
            new Category("child", 6, 12), new Category("teenager", 13, 19), new Category("young adult", 20, 29),
            new Category("adult", 30, 39), new Category("middle-aged adult", 40, 59),
            new Category("senior adult", 60, 74), new Category("elderly", 75, 130));

    public static Category categoryOf(double years) {
        long y = Math.max(0, Math.round(years));
        for (Category c : CATEGORIES) {
            if (y <= c.high()) {
                return c;
            }
        }
        return CATEGORIES.get(CATEGORIES.size() - 1);
    }

    /** The number stated, for {@link Form#NUMBER}. */
    public int stated() {
        return low;
    }
}
